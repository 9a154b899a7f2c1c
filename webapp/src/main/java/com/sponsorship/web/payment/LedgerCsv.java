package com.sponsorship.web.payment;

import com.sponsorship.api.payment.CampaignLedger;
import com.sponsorship.api.payment.LedgerDeal;
import com.sponsorship.web.audit.HistoryCsv;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A campaign's ledger as CSV, written like the history export ({@link HistoryCsv#table}): one line
 * per deal, then a {@code TOTAL} line with the committed (sum of agreed), paid and outstanding sums
 * and the campaign's budget, released and remaining.
 */
final class LedgerCsv {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final List<String> HEADER = List.of("negotiation_id", "influencer_id", "influencer_name",
            "agreed", "paid", "outstanding", "status", "budget", "released", "remaining");

    private LedgerCsv() {
    }

    static String of(CampaignLedger ledger) {
        List<List<String>> rows = new ArrayList<>();
        for (LedgerDeal deal : ledger.deals()) {
            rows.add(List.of(deal.negotiationId(), text(deal.influencerId()), text(deal.influencerName()),
                    money(deal.agreed()), money(deal.paid()), money(deal.outstanding()), deal.status().name(),
                    "", "", ""));
        }
        rows.add(List.of("TOTAL", "", "", money(ledger.committed()), money(ledger.paid()),
                money(ledger.committed().subtract(ledger.paid())), "", money(ledger.budget()),
                money(ledger.released()), money(ledger.remaining())));
        return HistoryCsv.table(HEADER, rows);
    }

    /** The export as a file to save: {@code campaign-<id>-ledger.csv}. */
    static ResponseEntity<String> download(String campaignId, CampaignLedger ledger) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"campaign-" + campaignId + "-ledger.csv\"")
                .contentType(CSV)
                .body(of(ledger));
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
