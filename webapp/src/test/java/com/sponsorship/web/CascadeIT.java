package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sponsorship.api.account.FlagAccountCommand;
import com.sponsorship.api.account.RemoveAccountCommand;
import com.sponsorship.api.campaign.CloseCampaignCommand;
import com.sponsorship.api.campaign.CloseReason;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.DomainRuleException;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.CounterOfferCommand;
import com.sponsorship.web.common.PlatformCommands;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rules that span aggregates, on the real command-side lookups and policies. */
@PlatformIntegrationTest
class CascadeIT {

    @Autowired
    PlatformCommands commands;
    @Autowired
    JdbcTemplate jdbc;
    Scenario scenario;
    Actor admin;

    @BeforeEach
    void setUp() {
        scenario = new Scenario(commands);
        admin = new Actor(jdbc.queryForObject("select account_id from account_credentials where role = 'ADMIN'",
                String.class), Role.ADMIN);
    }

    @Test
    void closingACampaignCancelsItsOpenNegotiations() throws InterruptedException {
        Actor sponsor = scenario.sponsor();
        String campaignId = scenario.campaign(sponsor, "900");
        String first = scenario.offer(sponsor, campaignId, scenario.influencer(), "100");
        String second = scenario.offer(sponsor, campaignId, scenario.influencer(), "200");

        commands.send(new CloseCampaignCommand(campaignId, sponsor, CloseReason.BY_SPONSOR));

        awaitStatus(first, "CANCELLED");
        awaitStatus(second, "CANCELLED");
        assertThat(status("campaign_view", campaignId)).isEqualTo("CLOSED");
    }

    @Test
    void removingASponsorClosesItsCampaignsAndCancelsTheirNegotiations() throws InterruptedException {
        Actor sponsor = scenario.sponsor();
        String campaignId = scenario.campaign(sponsor, "900");
        String negotiation = scenario.offer(sponsor, campaignId, scenario.influencer(), "100");

        commands.send(new RemoveAccountCommand(sponsor.accountId(), admin, "Spam"));

        awaitStatus(negotiation, "CANCELLED");
        assertThat(status("campaign_view", campaignId)).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("select active from account_credentials where account_id = ?", Boolean.class,
                sponsor.accountId())).isFalse();
    }

    @Test
    void removingAnInfluencerCancelsItsNegotiations() throws InterruptedException {
        Actor sponsor = scenario.sponsor();
        Actor influencer = scenario.influencer();
        String negotiation = scenario.offer(sponsor, scenario.campaign(sponsor, "900"), influencer, "100");

        commands.send(new RemoveAccountCommand(influencer.accountId(), admin, "Spam"));

        awaitStatus(negotiation, "CANCELLED");
    }

    @Test
    void aFlaggedAccountCannotOpenCampaignsOrCounterUntilTheFlagIsCleared() {
        Actor sponsor = scenario.sponsor();
        Actor influencer = scenario.influencer();
        String negotiation = scenario.offer(sponsor, scenario.campaign(sponsor, "900"), influencer, "100");

        commands.send(new FlagAccountCommand(sponsor.accountId(), admin, "Spam campaigns"));
        commands.send(new FlagAccountCommand(influencer.accountId(), admin, "Fake followers"));

        assertThatThrownBy(() -> scenario.campaign(sponsor, "100"))
                .isInstanceOfSatisfying(DomainRuleException.class,
                        refused -> assertThat(refused.violation().code()).isEqualTo("account-flagged"));
        assertThatThrownBy(() -> commands.send(new CounterOfferCommand(negotiation, influencer, new BigDecimal("150"),
                "More please")))
                .isInstanceOfSatisfying(DomainRuleException.class,
                        refused -> assertThat(refused.violation().code()).isEqualTo("account-flagged"));
        assertThat(jdbc.queryForObject("select flag_reason from account_view where id = ?", String.class,
                sponsor.accountId())).isEqualTo("Spam campaigns");
    }

    private void awaitStatus(String negotiationId, String expected) throws InterruptedException {
        await("negotiation " + negotiationId + " became " + expected).atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50)).until(() -> status("negotiation_view", negotiationId), expected::equals);
    }

    private String status(String table, String id) {
        return jdbc.queryForObject("select status from " + table + " where id = ?", String.class, id);
    }
}
