package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.DomainRuleException;
import com.sponsorship.api.negotiation.AcceptOfferCommand;
import com.sponsorship.web.common.PlatformCommands;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A campaign loaded from its snapshot still knows exactly how much is agreed. */
@PlatformIntegrationTest
class SnapshotIT {

    private static final int AGREEMENTS = 110;

    @Autowired
    PlatformCommands commands;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSnapshottedCampaignKeepsItsCommittedBudget() {
        Scenario scenario = new Scenario(commands);
        Actor sponsor = scenario.sponsor();
        Actor influencer = scenario.influencer();
        String campaignId = scenario.campaign(sponsor, "1000");
        for (int i = 0; i < AGREEMENTS; i++) {
            commands.send(new AcceptOfferCommand(scenario.offer(sponsor, campaignId, influencer, "1"), influencer));
        }

        assertThat(jdbc.queryForObject("select count(*) from snapshot_event_entry where aggregate_identifier = ?",
                Long.class, campaignId)).isPositive();
        assertThatThrownBy(() -> commands.send(scenario.newBudget(sponsor, campaignId,
                String.valueOf(AGREEMENTS - 1))))
                .isInstanceOfSatisfying(DomainRuleException.class,
                        refused -> assertThat(refused.violation().code()).isEqualTo("budget-below-agreed"));
        commands.send(scenario.newBudget(sponsor, campaignId, String.valueOf(AGREEMENTS)));
        assertThat(jdbc.queryForObject("select budget - agreed_amount from campaign_view where id = ?",
                BigDecimal.class, campaignId)).isEqualByComparingTo("0");
    }
}
