package com.sponsorship.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.NegotiationHistory;
import com.sponsorship.api.negotiation.NegotiationStatus;
import com.sponsorship.api.negotiation.NegotiationStep;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryCsvTest {

    private static final Instant OPENED = Instant.parse("2026-03-01T10:15:30Z");

    @Test
    void writesAHeaderAndOneLinePerStepOldestFirst() {
        NegotiationHistory history = new NegotiationHistory("n-1", List.of(
                new NegotiationStep(0, OPENED, "s-1", Role.SPONSOR, "opened the ad request", new BigDecimal("300.00"),
                        "Two posts", NegotiationStatus.AWAITING_INFLUENCER),
                new NegotiationStep(1, OPENED.plusSeconds(60), "i-1", Role.INFLUENCER, "accepted",
                        new BigDecimal("300.00"), null, NegotiationStatus.AGREED)));

        assertThat(HistoryCsv.of(history).split("\r\n")).containsExactly(
                "sequence,at,actor_id,actor_role,action,amount,message,status_after",
                "0,2026-03-01T10:15:30Z,s-1,SPONSOR,opened the ad request,300.00,Two posts,AWAITING_INFLUENCER",
                "1,2026-03-01T10:16:30Z,i-1,INFLUENCER,accepted,300.00,,AGREED");
    }

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaks() {
        assertThat(HistoryCsv.field("Hello, \"friend\"\nbye")).isEqualTo("\"Hello, \"\"friend\"\"\nbye\"");
        assertThat(HistoryCsv.field("plain")).isEqualTo("plain");
    }

    @Test
    void defusesSpreadsheetFormulas() {
        assertThat(HistoryCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(HistoryCsv.field("@cmd")).isEqualTo("'@cmd");
        assertThat(HistoryCsv.field("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(HistoryCsv.field("\r=1+1")).isEqualTo("\"'\r=1+1\"");
    }

    @Test
    void theStateAsOfAMomentIsTheLastStepTakenByThen() {
        NegotiationStep opened = new NegotiationStep(0, OPENED, "s-1", Role.SPONSOR, "opened", BigDecimal.TEN, null,
                NegotiationStatus.AWAITING_INFLUENCER);
        NegotiationStep agreed = new NegotiationStep(1, OPENED.plusSeconds(60), "i-1", Role.INFLUENCER, "accepted",
                BigDecimal.TEN, null, NegotiationStatus.AGREED);
        NegotiationHistory history = new NegotiationHistory("n-1", List.of(opened, agreed));

        assertThat(history.asOf(OPENED.minusSeconds(1))).isEmpty();
        assertThat(history.asOf(OPENED)).contains(opened);
        assertThat(history.asOf(OPENED.plusSeconds(59))).contains(opened);
        assertThat(history.asOf(OPENED.plusSeconds(60))).contains(agreed);
    }
}
