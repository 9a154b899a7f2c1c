package com.sponsorship.command.policy;

import com.sponsorship.api.account.AccountRemovedEvent;
import com.sponsorship.api.campaign.CampaignClosedEvent;
import com.sponsorship.api.campaign.CloseCampaignCommand;
import com.sponsorship.api.campaign.CloseReason;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.CancelNegotiationCommand;
import com.sponsorship.command.lookup.CommandSideLookups;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Nothing is left pending forever: a closed campaign cancels its open negotiations, a removed
 * sponsor's campaigns close, a removed influencer's negotiations are cancelled. These follow-ups
 * are commands of the platform itself; they are never sent again when history is replayed.
 */
@Component
@ProcessingGroup(CascadePolicies.PROCESSING_GROUP)
public class CascadePolicies {

    public static final String PROCESSING_GROUP = "cascade-policies";

    private final CommandGateway commands;
    private final CommandSideLookups lookups;

    CascadePolicies(CommandGateway commands, CommandSideLookups lookups) {
        this.commands = commands;
        this.lookups = lookups;
    }

    @EventHandler
    @DisallowReplay
    void on(CampaignClosedEvent event) {
        String reason = event.reason().negotiationCancellationReason();
        lookups.openNegotiationsOfCampaign(event.campaignId()).forEach(negotiationId ->
                commands.sendAndWait(new CancelNegotiationCommand(negotiationId, Actor.SYSTEM, reason)));
    }

    @EventHandler
    @DisallowReplay
    void on(AccountRemovedEvent event) {
        if (event.role() == Role.SPONSOR) {
            lookups.openCampaignsOfSponsor(event.accountId()).forEach(campaignId ->
                    commands.sendAndWait(new CloseCampaignCommand(campaignId, Actor.SYSTEM, CloseReason.SPONSOR_REMOVED)));
        } else if (event.role() == Role.INFLUENCER) {
            lookups.openNegotiationsOfInfluencer(event.accountId()).forEach(negotiationId ->
                    commands.sendAndWait(new CancelNegotiationCommand(negotiationId, Actor.SYSTEM,
                            "The influencer's account was removed")));
        }
    }
}
