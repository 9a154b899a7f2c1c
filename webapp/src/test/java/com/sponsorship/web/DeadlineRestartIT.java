package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sponsorship.SponsorshipPlatformApplication;
import com.sponsorship.api.campaign.CampaignStatus;
import com.sponsorship.api.campaign.CampaignView;
import com.sponsorship.api.campaign.FindCampaignQuery;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.negotiation.AcceptOfferCommand;
import com.sponsorship.api.negotiation.DeliverableStatus;
import com.sponsorship.api.negotiation.FindNegotiationStateQuery;
import com.sponsorship.api.negotiation.NegotiationState;
import com.sponsorship.api.negotiation.OpenAdRequestCommand;
import com.sponsorship.api.negotiation.SubmitDraftCommand;
import com.sponsorship.web.common.PlatformCommands;
import com.sponsorship.web.common.PlatformQueries;
import com.sponsorship.web.config.SuperuserPassword;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deadlines are persistent: scheduled before a shutdown, they fire after the restart. Time passing
 * while the application is down is simulated by moving the stored due time into the past, with only
 * the database running. Each test tells its deadlines apart by their due time.
 */
class DeadlineRestartIT {

    /** The campaign's end deadline, not the offer's answer deadline (7 days: before the end, 10 days ahead). */
    private static final String CAMPAIGN_END = "execution_time > now() + interval '8 days'";
    /** An offer answered within 2 days, and a draft's review (5 days); not the campaign's end (about 3 weeks). */
    private static final String ANSWER_AND_REVIEW = "execution_time < now() + interval '6 days'";

    @TempDir
    Path dataDirectory;

    @Test
    void aDeadlinePendingAcrossARestartFiresAndClosesTheCampaignAndItsOffers() throws Exception {
        String campaignId;
        String negotiationId;
        LocalDate endDate = LocalDate.now(ZoneOffset.UTC).plusDays(10);
        try (ConfigurableApplicationContext app = start()) {
            Scenario scenario = new Scenario(app.getBean(PlatformCommands.class));
            Actor sponsor = scenario.sponsor();
            campaignId = scenario.campaign(sponsor, "500", endDate);
            negotiationId = scenario.offer(sponsor, campaignId, scenario.influencer(), "120");
            assertThat(app.getBean(JdbcTemplate.class).queryForObject(
                    "select execution_time from scheduled_tasks where " + CAMPAIGN_END, OffsetDateTime.class).toInstant())
                    .as("the end of the end date, pending in the database")
                    .isEqualTo(endDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }

        assertThat(moveDueTimesIntoThePast(CAMPAIGN_END)).isEqualTo(1);

        try (ConfigurableApplicationContext app = start()) {
            PlatformQueries queries = app.getBean(PlatformQueries.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            await("the campaign closed after the restart").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> closedAndCancelled(queries, jdbc, campaignId, negotiationId));
            // the cancelled offer's answer deadline stays pending: it will find the offer answered and change nothing
            assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where execution_time < now()",
                    Long.class)).as("the campaign's end, done").isZero();
        }
    }

    @Test
    void anUnansweredOfferExpiresAndAnUnreviewedDraftIsApprovedAfterARestart() throws Exception {
        String waiting;
        String deal;
        try (ConfigurableApplicationContext app = start()) {
            PlatformCommands commands = app.getBean(PlatformCommands.class);
            Scenario scenario = new Scenario(commands);
            Actor sponsor = scenario.sponsor();
            Actor influencer = scenario.influencer();
            String campaignId = scenario.campaign(sponsor, "500");
            waiting = UUID.randomUUID().toString();
            commands.send(new OpenAdRequestCommand(waiting, sponsor, campaignId, influencer.accountId(), "Promote us",
                    "Two posts", new BigDecimal("120"), null, 2));
            deal = scenario.offer(sponsor, campaignId, influencer, "150");
            commands.send(new AcceptOfferCommand(deal, influencer));
            commands.send(new SubmitDraftCommand(deal, influencer, 1, "https://example.com/draft", "First cut"));
            assertThat(app.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from scheduled_tasks where " + ANSWER_AND_REVIEW, Long.class))
                    .as("the 2-day answer deadline and the 5-day review deadline, pending in the database")
                    .isEqualTo(2);
        }

        assertThat(moveDueTimesIntoThePast(ANSWER_AND_REVIEW)).isEqualTo(2);

        try (ConfigurableApplicationContext app = start()) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            await("the offer expired and the draft approved after the restart").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> "EXPIRED".equals(status(jdbc, waiting)) && approvedAutomatically(app, deal));
            assertThat(status(jdbc, deal)).as("the deal goes on").isEqualTo("AGREED");
            assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where " + ANSWER_AND_REVIEW, Long.class))
                    .as("both deadlines done").isZero();
        }
    }

    private static String status(JdbcTemplate jdbc, String negotiationId) {
        return jdbc.queryForObject("select status from negotiation_view where id = ?", String.class, negotiationId);
    }

    /** The deal's draft was approved, with nobody answering it. */
    private static boolean approvedAutomatically(ConfigurableApplicationContext app, String negotiationId) {
        NegotiationState state = app.getBean(PlatformQueries.class)
                .fetch(new FindNegotiationStateQuery(negotiationId), NegotiationState.class);
        return state.deliverable(1).orElseThrow().status() == DeliverableStatus.APPROVED;
    }

    private static boolean closedAndCancelled(PlatformQueries queries, JdbcTemplate jdbc, String campaignId,
                                              String negotiationId) {
        CampaignView campaign = queries.find(new FindCampaignQuery(campaignId), CampaignView.class).orElseThrow();
        String negotiation = jdbc.queryForObject("select status from negotiation_view where id = ?", String.class,
                negotiationId);
        return campaign.status() == CampaignStatus.CLOSED && "CANCELLED".equals(negotiation);
    }

    private int moveDueTimesIntoThePast(String which) throws IOException, SQLException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false).setConnectConfig("password", SuperuserPassword.of(dataDirectory)).start();
             Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement move = connection.prepareStatement(
                     "update scheduled_tasks set execution_time = now() - interval '1 minute' where " + which)) {
            return move.executeUpdate();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SponsorshipPlatformApplication.class)
                .profiles("test")
                .run("--server.port=0", "--platform.embedded-postgres.data-directory=" + dataDirectory);
    }
}
