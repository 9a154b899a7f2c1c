package com.sponsorship.web.audit;

import com.sponsorship.api.admin.AdminActionView;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The admin-actions log as CSV, written like the history export ({@link HistoryCsv#table}, with its formula guard). */
final class AdminActionCsv {

    private static final List<String> HEADER = List.of("at", "admin_id", "admin_name", "action", "target_id", "reason");

    private AdminActionCsv() {
    }

    static String of(List<AdminActionView> actions) {
        return HistoryCsv.table(HEADER, actions.stream()
                .map(row -> List.of(row.at().toString(), row.adminId(), text(row.adminName()), row.action().name(),
                        text(row.targetId()), text(row.reason())))
                .toList());
    }

    /** The export as a file to save: {@code admin-actions.csv}. */
    static ResponseEntity<String> download(List<AdminActionView> actions) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"admin-actions.csv\"")
                .contentType(HistoryDownloads.CSV)
                .body(of(actions));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
