package com.sponsorship.web;

import com.sponsorship.api.account.RegisterInfluencerCommand;
import com.sponsorship.api.account.RegisterSponsorCommand;
import com.sponsorship.api.campaign.CampaignDetails;
import com.sponsorship.api.campaign.CreateCampaignCommand;
import com.sponsorship.api.campaign.UpdateCampaignCommand;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Industry;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.common.Visibility;
import com.sponsorship.api.negotiation.OpenAdRequestCommand;
import com.sponsorship.web.common.PlatformCommands;
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
        return sponsor("Scenario Brand");
    }

    Actor sponsor(String name) {
        String id = UUID.randomUUID().toString();
        commands.send(new RegisterSponsorCommand(id, name, TestData.uniqueEmail("sponsor"), TestData.PASSWORD,
                Industry.RETAIL));
        return new Actor(id, Role.SPONSOR);
    }

    Actor influencer() {
        return influencer("Scenario Creator");
    }

    Actor influencer(String name) {
        String id = UUID.randomUUID().toString();
        commands.send(new RegisterInfluencerCommand(id, name, TestData.uniqueEmail("influencer"), TestData.PASSWORD,
                Category.FITNESS, 25_000L));
        return new Actor(id, Role.INFLUENCER);
    }

    String campaign(Actor sponsor, String budget) {
        return campaign(sponsor, budget, TestData.end());
    }

    String campaign(Actor sponsor, String budget, LocalDate endDate) {
        return campaign(sponsor, "Scenario Campaign", budget, endDate);
    }

    /** A campaign with a budget large enough for every agreement a test makes. */
    String campaignNamed(Actor sponsor, String name) {
        return campaign(sponsor, name, "1000000", TestData.end());
    }

    /** A campaign only its sponsor, staff and the influencers it negotiates with see. */
    String privateCampaign(Actor sponsor, String budget) {
        return campaign(sponsor, "Scenario Secret", budget, TestData.end(), Visibility.PRIVATE);
    }

    private String campaign(Actor sponsor, String name, String budget, LocalDate endDate) {
        return campaign(sponsor, name, budget, endDate, Visibility.PUBLIC);
    }

    private String campaign(Actor sponsor, String name, String budget, LocalDate endDate, Visibility visibility) {
        String id = UUID.randomUUID().toString();
        commands.send(new CreateCampaignCommand(id, sponsor, details(name, endDate, visibility), new BigDecimal(budget)));
        return id;
    }

    /** The edit of a campaign made by {@link #campaign(Actor, String)}: its details as they are, another budget. */
    UpdateCampaignCommand newBudget(Actor sponsor, String campaignId, String budget) {
        return new UpdateCampaignCommand(campaignId, sponsor, details("Scenario Campaign", TestData.end(), Visibility.PUBLIC),
                new BigDecimal(budget));
    }

    private static CampaignDetails details(String name, LocalDate endDate, Visibility visibility) {
        return new CampaignDetails(name, "About it", "Goals", Category.FITNESS, visibility, LocalDate.now(), endDate);
    }

    /** An ad request addressed to the influencer, so it is the influencer's turn. */
    String offer(Actor sponsor, String campaignId, Actor influencer, String amount) {
        return open(sponsor, campaignId, influencer.accountId(), amount);
    }

    /** An ad request open to any influencer. */
    String openToAny(Actor sponsor, String campaignId, String amount) {
        return open(sponsor, campaignId, null, amount);
    }

    private String open(Actor sponsor, String campaignId, String influencerId, String amount) {
        String id = UUID.randomUUID().toString();
        commands.send(new OpenAdRequestCommand(id, sponsor, campaignId, influencerId, "Promote us",
                "Two posts", new BigDecimal(amount)));
        return id;
    }
}
