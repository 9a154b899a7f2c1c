package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sponsorship.api.account.ClearAccountFlagCommand;
import com.sponsorship.api.account.FlagAccountCommand;
import com.sponsorship.api.admin.AdminAction;
import com.sponsorship.api.admin.RecordAdminActionCommand;
import com.sponsorship.api.campaign.CloseCampaignCommand;
import com.sponsorship.api.campaign.CloseReason;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.AcceptOfferCommand;
import com.sponsorship.api.negotiation.ApplyToAdRequestCommand;
import com.sponsorship.api.negotiation.ApproveDraftCommand;
import com.sponsorship.api.negotiation.CounterOfferCommand;
import com.sponsorship.api.negotiation.DisputePaymentCommand;
import com.sponsorship.api.negotiation.OpenAdRequestCommand;
import com.sponsorship.api.negotiation.PaymentMethod;
import com.sponsorship.api.negotiation.PublishDeliverableCommand;
import com.sponsorship.api.negotiation.RecordPaymentCommand;
import com.sponsorship.api.negotiation.RejectOfferCommand;
import com.sponsorship.api.negotiation.RequestChangesCommand;
import com.sponsorship.api.negotiation.SubmitDraftCommand;
import com.sponsorship.api.negotiation.WithdrawAdRequestCommand;
import com.sponsorship.query.runtime.ProjectionRebuilds;
import com.sponsorship.web.common.PlatformCommands;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rebuilding every projection from the event store gives exactly the same read models (per-table checksums). */
@PlatformIntegrationTest
class ReplayIT {

    @Autowired
    PlatformCommands commands;
    @Autowired
    ProjectionRebuilds rebuilds;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void rebuildingAllProjectionsGivesTheSameReadModels() throws InterruptedException {
        Scenario scenario = new Scenario(commands);
        Actor admin = new Actor(jdbc.queryForObject("select account_id from account_credentials where role = 'ADMIN'",
                String.class), Role.ADMIN);
        for (int round = 0; round < 3; round++) {
            Actor sponsor = scenario.sponsor();
            Actor influencer = scenario.influencer();
            String campaign = scenario.campaign(sponsor, "2000");
            String agreed = scenario.offer(sponsor, campaign, influencer, "150");
            commands.send(new CounterOfferCommand(agreed, influencer, new BigDecimal("180"), "A bit more"));
            commands.send(new AcceptOfferCommand(agreed, sponsor));
            String disputed = UUID.randomUUID().toString();
            LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
            commands.send(new RecordPaymentCommand(agreed, sponsor, UUID.randomUUID().toString(), new BigDecimal("50"),
                    yesterday, PaymentMethod.PAYPAL, "deposit " + round));
            commands.send(new RecordPaymentCommand(agreed, sponsor, disputed, new BigDecimal("30"), yesterday,
                    PaymentMethod.OTHER, "rest " + round));
            commands.send(new DisputePaymentCommand(agreed, influencer, disputed, "Not arrived"));
            commands.send(new SubmitDraftCommand(agreed, influencer, 1, "https://x.test/draft", "First cut"));
            if (round == 1) {
                commands.send(new RequestChangesCommand(agreed, sponsor, 1, "Show the logo"));
                commands.send(new SubmitDraftCommand(agreed, influencer, 1, "https://x.test/draft-2", null));
                commands.send(new ApproveDraftCommand(agreed, sponsor, 1));
                commands.send(new PublishDeliverableCommand(agreed, influencer, 1, "https://x.test/live"));
            }
            commands.send(new RejectOfferCommand(scenario.offer(sponsor, campaign, influencer, "90"), influencer, "No"));
            commands.send(new WithdrawAdRequestCommand(scenario.offer(sponsor, campaign, influencer, "60"), sponsor));
            String open = UUID.randomUUID().toString();
            commands.send(new OpenAdRequestCommand(open, sponsor, campaign, null, "Anyone?", "One post",
                    new BigDecimal("700")));
            commands.send(new ApplyToAdRequestCommand(open, influencer, new BigDecimal("650"), "Me"));
            scenario.offer(sponsor, scenario.campaign(sponsor, "300"), influencer, "2600");
            if (round == 0) {
                commands.send(new CloseCampaignCommand(campaign, sponsor, CloseReason.BY_SPONSOR));
            }
            commands.send(new FlagAccountCommand(influencer.accountId(), admin, "Replay " + round));
            commands.send(new ClearAccountFlagCommand(influencer.accountId(), admin, null));
            commands.send(new RecordAdminActionCommand(admin.accountId(), admin, AdminAction.RETRY_DEAD_LETTERS,
                    "accounts", "Replay " + round));
        }
        Map<String, String> before = ReadModelChecksums.of(jdbc);
        assertThat(before.get("delivery_view")).as("deliverables to rebuild").doesNotStartWith("0:");
        assertThat(before.get("admin_action_view")).as("admin actions to rebuild").doesNotStartWith("0:");

        assertThat(Projections.rebuildAll(rebuilds)).contains("accounts", "campaigns", "negotiations", "deliveries",
                "statistics", "admin-actions");

        assertThat(ReadModelChecksums.of(jdbc)).isEqualTo(before);
    }
}
