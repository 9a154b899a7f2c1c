package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.DomainRuleException;
import com.sponsorship.api.negotiation.AcceptOfferCommand;
import com.sponsorship.query.runtime.ProjectionRebuilds;
import com.sponsorship.web.common.PlatformCommands;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The budget invariant under load: many acceptances arrive at the same moment on one campaign whose
 * budget covers only some of them. The agreed sum never exceeds the budget, every refusal says why,
 * and a replay of the event store gives the same totals.
 */
@PlatformIntegrationTest
class NegotiationConcurrencyIT {

    private static final int ACCEPTANCES = 50;
    private static final BigDecimal BUDGET = new BigDecimal("1000.00");

    @Autowired
    PlatformCommands commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectionRebuilds rebuilds;

    @Test
    void concurrentAcceptancesNeverAgreeMoreThanTheBudget() throws Exception {
        Scenario scenario = new Scenario(commands);
        Actor sponsor = scenario.sponsor();
        String campaignId = scenario.campaign(sponsor, BUDGET.toPlainString());
        List<Actor> influencers = List.of(scenario.influencer(), scenario.influencer(), scenario.influencer());
        Map<String, Actor> accepterOf = new ConcurrentHashMap<>();
        Map<String, BigDecimal> amountOf = new ConcurrentHashMap<>();
        for (int i = 0; i < ACCEPTANCES; i++) {
            Actor influencer = influencers.get(i % influencers.size());
            BigDecimal amount = new BigDecimal(40 + (i * 37) % 110).setScale(2);
            String negotiationId = scenario.offer(sponsor, campaignId, influencer, amount.toPlainString());
            accepterOf.put(negotiationId, influencer);
            amountOf.put(negotiationId, amount);
        }

        Map<String, String> refusals = new ConcurrentHashMap<>();
        List<String> agreed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService senders = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        accepterOf.forEach((negotiationId, influencer) -> senders.submit(() -> {
            start.await();
            try {
                commands.send(new AcceptOfferCommand(negotiationId, influencer));
                agreed.add(negotiationId);
            } catch (DomainRuleException refused) {
                refusals.put(negotiationId, refused.violation().code() + ": " + refused.getMessage());
            }
            return null;
        }));
        start.countDown();
        senders.shutdown();
        assertThat(senders.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

        assertThat(agreed.size() + refusals.size()).isEqualTo(ACCEPTANCES);
        BigDecimal agreedSum = agreed.stream().map(amountOf::get).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal remaining = BUDGET.subtract(agreedSum);
        assertThat(agreedSum).isLessThanOrEqualTo(BUDGET);
        assertThat(agreed).isNotEmpty();
        assertThat(refusals).isNotEmpty();
        assertThat(refusals.values()).allSatisfy(reason -> assertThat(reason).startsWith("budget-exceeded: "));
        // the remaining budget only shrinks, so a refused amount never fits even at the end
        assertThat(refusals.keySet()).allSatisfy(id -> assertThat(amountOf.get(id)).isGreaterThan(remaining));

        assertThat(agreedAmountOf(campaignId)).isEqualByComparingTo(agreedSum);
        assertThat(statusCounts(campaignId)).isEqualTo(Map.of("AGREED", (long) agreed.size(),
                "AWAITING_INFLUENCER", (long) refusals.size()));

        List<Map<String, Object>> campaignsBefore = jdbc.queryForList("select * from campaign_view order by id");
        List<Map<String, Object>> negotiationsBefore = jdbc.queryForList("select * from negotiation_view order by id");
        Projections.rebuildAll(rebuilds);
        assertThat(agreedAmountOf(campaignId)).isEqualByComparingTo(agreedSum);
        assertThat(jdbc.queryForList("select * from campaign_view order by id")).isEqualTo(campaignsBefore);
        assertThat(jdbc.queryForList("select * from negotiation_view order by id")).isEqualTo(negotiationsBefore);
    }

    private BigDecimal agreedAmountOf(String campaignId) {
        return jdbc.queryForObject("select agreed_amount from campaign_view where id = ?", BigDecimal.class, campaignId);
    }

    private Map<String, Long> statusCounts(String campaignId) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("select status, count(*) from negotiation_view where campaign_id = ? group by status",
                row -> {
                    counts.put(row.getString(1), row.getLong(2));
                }, campaignId);
        return counts;
    }
}
