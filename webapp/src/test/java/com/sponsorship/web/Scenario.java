package com.sponsorship.web;

import com.sponsorship.api.account.RegisterInfluencerCommand;
import com.sponsorship.api.account.RegisterSponsorCommand;
import com.sponsorship.api.campaign.CampaignDetails;
import com.sponsorship.api.campaign.CreateCampaignCommand;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Industry;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.common.Visibility;
import com.sponsorship.api.negotiation.OpenAdRequestCommand;
import com.sponsorship.web.command.PlatformCommands;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Builds the accounts, campaigns and ad requests a test needs, with the commands users send. */
final class Scenario {

    private final PlatformCommands commands;

    Scenario(PlatformCommands commands) {
        this.commands = commands;
    }

    Actor sponsor() {
        String id = UUID.randomUUID().toString();
        commands.send(new RegisterSponsorCommand(id, "Scenario Brand", TestData.uniqueEmail("sponsor"),
                TestData.PASSWORD, Industry.RETAIL));
        return new Actor(id, Role.SPONSOR);
    }

    Actor influencer() {
        String id = UUID.randomUUID().toString();
        commands.send(new RegisterInfluencerCommand(id, "Scenario Creator", TestData.uniqueEmail("influencer"),
                TestData.PASSWORD, Category.FITNESS, 25_000L));
        return new Actor(id, Role.INFLUENCER);
    }

    String campaign(Actor sponsor, String budget) {
        return campaign(sponsor, budget, TestData.end());
    }

    String campaign(Actor sponsor, String budget, LocalDate endDate) {
        String id = UUID.randomUUID().toString();
        commands.send(new CreateCampaignCommand(id, sponsor, new CampaignDetails("Scenario Campaign", "About it",
                "Goals", Category.FITNESS, Visibility.PUBLIC, LocalDate.now(), endDate), new BigDecimal(budget)));
        return id;
    }

    /** An ad request addressed to the influencer, so it is the influencer's turn. */
    String offer(Actor sponsor, String campaignId, Actor influencer, String amount) {
        String id = UUID.randomUUID().toString();
        commands.send(new OpenAdRequestCommand(id, sponsor, campaignId, influencer.accountId(), "Promote us",
                "Two posts", new BigDecimal(amount)));
        return id;
    }
}
