package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.negotiation.AcceptOfferCommand;
import com.sponsorship.api.negotiation.CounterOfferCommand;
import com.sponsorship.query.runtime.ProjectionRebuilds;
import com.sponsorship.query.runtime.ProjectionStatus;
import com.sponsorship.query.runtime.ReadModel;
import com.sponsorship.query.stats.StatisticsProjection;
import com.sponsorship.web.common.PlatformCommands;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A projection that cannot handle an event parks it, and the later events of the same ad request,
 * as dead letters instead of skipping them; the other projections go on; an admin retries them.
 */
@PlatformIntegrationTest
class DeadLetterIT {

    @Autowired
    PlatformCommands commands;
    @Autowired
    ProjectionRebuilds rebuilds;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void failingEventsWaitAsDeadLettersInOrderUntilRetried() throws Exception {
        Scenario scenario = new Scenario(commands);
        Actor sponsor = scenario.sponsor();
        Actor influencer = scenario.influencer();
        String negotiation = scenario.offer(sponsor, scenario.campaign(sponsor, "5000"), influencer, "100");
        Map<String, Object> statisticsRow = jdbc.queryForMap("select * from stats_negotiation where id = ?", negotiation);
        // the statistics projection needs this row to move the request between buckets
        jdbc.update("delete from stats_negotiation where id = ?", negotiation);

        commands.send(new CounterOfferCommand(negotiation, influencer, new BigDecimal("150"), "More"));
        commands.send(new AcceptOfferCommand(negotiation, sponsor));

        assertThat(statistics().deadLetters()).isEqualTo(2);
        assertThat(statistics().error()).isNull();
        assertThat(rebuilds.statuses()).filteredOn(status -> !status.name().equals(StatisticsProjection.PROCESSING_GROUP))
                .allSatisfy(status -> assertThat(status.deadLetters()).isZero());
        assertThat(jdbc.queryForObject("select status from negotiation_view where id = ?", String.class, negotiation))
                .isEqualTo("AGREED");

        assertThat(rebuilds.retryDeadLetters(ReadModel.named(StatisticsProjection.PROCESSING_GROUP).orElseThrow())).as("still failing").isEqualTo(2);

        jdbc.update("insert into stats_negotiation (id, sponsor_id, influencer_id, status, payment_bucket)"
                        + " values (?, ?, ?, ?, ?)", negotiation, statisticsRow.get("sponsor_id"),
                statisticsRow.get("influencer_id"), statisticsRow.get("status"), statisticsRow.get("payment_bucket"));
        String adminEmail = jdbc.queryForObject("select email from account_credentials where role = 'ADMIN'", String.class);
        mvc.perform(post("/api/v1/admin/projections/{name}/dead-letters/retry", StatisticsProjection.PROCESSING_GROUP)
                        .with(httpBasic(adminEmail, TestData.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'statistics')].deadLetters").value(0));

        assertThat(jdbc.queryForObject("select status from stats_negotiation where id = ?", String.class, negotiation))
                .as("both parked events handled, in order").isEqualTo("AGREED");
    }

    private ProjectionStatus statistics() {
        return rebuilds.statuses().stream()
                .filter(status -> status.name().equals(StatisticsProjection.PROCESSING_GROUP)).findFirst().orElseThrow();
    }
}
