package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.negotiation.FindNegotiationsQuery;
import com.sponsorship.api.negotiation.NegotiationFilters;
import com.sponsorship.api.negotiation.NegotiationPage;
import com.sponsorship.query.ReadModelCounts;
import com.sponsorship.web.common.PlatformCommands;
import com.sponsorship.web.common.PlatformQueries;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A page's total is remembered only while no event processor has moved on. */
@PlatformIntegrationTest
class ReadModelCountsIT {

    @Autowired
    PlatformCommands commands;
    @Autowired
    PlatformQueries queries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReadModelCounts counts;

    @Test
    void aPageTotalFollowsEveryEventAndIsReusedOnlyWhileNoneArrived() {
        Scenario scenario = new Scenario(commands);
        Actor sponsor = scenario.sponsor();
        Actor influencer = scenario.influencer();
        String campaign = scenario.campaign(sponsor, "1000");
        assertThat(totalOf(sponsor)).isZero();
        scenario.offer(sponsor, campaign, influencer, "100");
        assertThat(totalOf(sponsor)).isEqualTo(1);
        scenario.offer(sponsor, campaign, influencer, "110");
        assertThat(totalOf(sponsor)).isEqualTo(2);

        // the rows moved away behind the projections' back: while no token moves, the remembered total stands.
        // A token may move meanwhile for reasons of its own (another processor, a gap forgotten): then try again.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String tokens = counts.tokensFingerprint();
            long before = totalOf(sponsor);
            String elsewhere = UUID.randomUUID().toString();
            jdbc.update("update negotiation_view set sponsor_id = ? where sponsor_id = ?", elsewhere, sponsor.accountId());
            long behindTheBack;
            try {
                behindTheBack = totalOf(sponsor);
            } finally {
                jdbc.update("update negotiation_view set sponsor_id = ? where sponsor_id = ?", sponsor.accountId(), elsewhere);
            }
            assertThat(counts.tokensFingerprint()).as("no token moved during the check").isEqualTo(tokens);
            assertThat(List.of(before, behindTheBack)).containsExactly(2L, 2L);
        });

        scenario.offer(sponsor, campaign, influencer, "120");
        assertThat(totalOf(sponsor)).isEqualTo(3);
    }

    private long totalOf(Actor sponsor) {
        return queries.fetch(new FindNegotiationsQuery(sponsor.accountId(), null, null, NegotiationFilters.NONE,
                new PageRequest(0, 1)), NegotiationPage.class).page().totalElements();
    }
}
