package com.sponsorship.web.audit;

import com.sponsorship.api.negotiation.NegotiationHistory;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A negotiation's history as a file to save: the same headers, name and type from the pages and the API. */
final class HistoryDownloads {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private HistoryDownloads() {
    }

    /** The CSV export (see {@link HistoryCsv}), as {@code ad-request-<id>-history.csv}. */
    static ResponseEntity<String> csv(String negotiationId, NegotiationHistory history) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(negotiationId, "csv"))
                .contentType(CSV)
                .body(HistoryCsv.of(history));
    }

    /** The JSON export, as {@code ad-request-<id>-history.json}. */
    static ResponseEntity<NegotiationHistory> json(String negotiationId, NegotiationHistory history) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(negotiationId, "json"))
                .body(history);
    }

    private static String attachment(String negotiationId, String extension) {
        return "attachment; filename=\"ad-request-" + negotiationId + "-history." + extension + "\"";
    }
}
