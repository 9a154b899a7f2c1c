package com.sponsorship.web.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sponsorship.api.negotiation.CancellationProposedEvent;
import com.sponsorship.api.negotiation.CancellationRefusedEvent;
import com.sponsorship.api.negotiation.ChangesRequestedEvent;
import com.sponsorship.api.negotiation.DealCancelledEvent;
import com.sponsorship.api.negotiation.DeliverableLiveEvent;
import com.sponsorship.api.negotiation.DraftApprovedEvent;
import com.sponsorship.api.negotiation.DraftSubmittedEvent;
import com.sponsorship.api.negotiation.NegotiationCompletedEvent;
import com.sponsorship.api.negotiation.NegotiationExpiredEvent;
import com.sponsorship.api.negotiation.NegotiationStatus;
import com.sponsorship.api.negotiation.PaymentConfirmedEvent;
import com.sponsorship.api.negotiation.PaymentDisputedEvent;
import com.sponsorship.api.negotiation.PaymentRecordedEvent;
import com.sponsorship.demo.DemoData;
import com.sponsorship.demo.DemoSize;
import com.sponsorship.demo.DemoSummary;
import com.sponsorship.web.PlatformIntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The demo data generator, SMALL, twice on the same database, checked through the read models and the event store. */
@PlatformIntegrationTest
class DemoDataIT {

    /** The run's accounts: their emails end with the run token. */
    private static final String RUN_ACCOUNTS = "select id from account_view where email like ?";

    @Autowired
    DemoData demoData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void generatesARealHistoryOverThePastYearThatCanBeRunAgain() throws Exception {
        DemoSummary first = demoData.generate(DemoSize.SMALL);
        DemoSummary second = demoData.generate(DemoSize.SMALL);

        assertThat(second.runToken()).isNotEqualTo(first.runToken());
        for (DemoSummary run : List.of(first, second)) {
            String emails = "%." + run.runToken() + "@example.com";
            assertThat(count("select count(*) from account_view where role = 'SPONSOR' and email like ?", emails))
                    .isEqualTo(DemoSize.SMALL.sponsors());
            assertThat(count("select count(*) from account_view where role = 'INFLUENCER' and email like ?", emails))
                    .isEqualTo(DemoSize.SMALL.influencers());
            assertThat(count("select count(*) from campaign_view where sponsor_id in (" + RUN_ACCOUNTS + ")", emails))
                    .isEqualTo(DemoSize.SMALL.campaigns());
            assertThat(count("select count(*) from negotiation_view where sponsor_id in (" + RUN_ACCOUNTS + ")", emails))
                    .isEqualTo(DemoSize.SMALL.adRequests());
            assertThat(count("select count(*) from account_view where flagged and email like ?", emails)).isEqualTo(2);
            assertThat(count("select count(*) from campaign_view where flagged and sponsor_id in (" + RUN_ACCOUNTS + ")",
                    emails)).isEqualTo(1);
            signsIn(run.sponsorEmail(), run.password(), "SPONSOR");
            signsIn(run.influencerEmail(), run.password(), "INFLUENCER");
        }

        // offers that waited longer than their answer time expire once the deadline scheduler runs again
        await("generated offers past their answer time expired").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> count("select count(*) from scheduled_tasks where execution_time < now()") == 0
                        && count("select count(*) from negotiation_view where expires_at < now()") == 0);
        for (DemoSummary run : List.of(first, second)) {
            String emails = "%." + run.runToken() + "@example.com";
            Map<String, Object> statuses = jdbc.queryForMap(
                    "select " + String.join(", ", Arrays.stream(NegotiationStatus.values())
                            .map(status -> "count(*) filter (where status = '" + status + "') as " + status).toList())
                            + " from negotiation_view where sponsor_id in (" + RUN_ACCOUNTS + ")", emails);
            assertThat(statuses).as("negotiations per status").allSatisfy((status, count) ->
                    assertThat((Long) count).as(status).isPositive());
            assertThat(jdbc.queryForList("select distinct payload_type from domain_event_entry where aggregate_identifier"
                    + " in (select id from negotiation_view where sponsor_id in (" + RUN_ACCOUNTS + "))", String.class, emails))
                    .as("every step of a deal after agreement, in each run")
                    .containsAll(Stream.of(DraftSubmittedEvent.class, ChangesRequestedEvent.class, DraftApprovedEvent.class,
                            DeliverableLiveEvent.class, NegotiationCompletedEvent.class, PaymentRecordedEvent.class,
                            PaymentConfirmedEvent.class, PaymentDisputedEvent.class, CancellationProposedEvent.class,
                            CancellationRefusedEvent.class, DealCancelledEvent.class, NegotiationExpiredEvent.class)
                            .map(Class::getName).toList());
        }

        assertThat(count("select count(*) from campaign_view c where c.agreed_amount > c.budget"
                + " or c.agreed_amount <> (select coalesce(sum(n.payment_amount), 0) from negotiation_view n"
                + " where n.campaign_id = c.id and n.status in ('AGREED', 'COMPLETED'))")).isZero();

        Map<String, Object> span = jdbc.queryForMap(
                "select min(time_stamp::timestamptz) as oldest, max(time_stamp::timestamptz) as newest from domain_event_entry");
        assertThat(((Timestamp) span.get("oldest")).toInstant()).isBefore(Instant.now().minus(Duration.ofDays(300)));
        assertThat(((Timestamp) span.get("newest")).toInstant()).isBefore(Instant.now().plusSeconds(1));
        assertThat(count("select count(*) from (select time_stamp::timestamptz as at, lag(time_stamp::timestamptz)"
                + " over (partition by aggregate_identifier order by sequence_number) as before from domain_event_entry) e"
                + " where e.at < e.before")).as("events of one aggregate out of time order").isZero();
    }

    private void signsIn(String email, String password, String role) throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic(email, password)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value(role));
    }

    private long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }
}
