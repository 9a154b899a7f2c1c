package com.sponsorship.command.negotiation;

import com.sponsorship.api.negotiation.AcceptOfferCommand;
import com.sponsorship.command.campaign.Campaign;
import com.sponsorship.command.lookup.CommandSideLookups;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Acceptance touches two aggregates in one unit of work, so one database transaction: the campaign
 * commits the amount against its remaining budget (or refuses, and nothing is stored), then the
 * negotiation records the agreement. Loading the campaign takes its aggregate lock, so concurrent
 * acceptances on one campaign are decided one after the other; across application instances the
 * event store's unique (aggregate, sequence) refuses the later one as a concurrent change.
 * Locks are always taken negotiation first, then campaign, here and in {@link CancellationHandler}
 * (the only other handler that takes both).
 */
@Component
class AgreementHandler {

    private final Repository<Negotiation> negotiations;
    private final Repository<Campaign> campaigns;
    private final CommandSideLookups lookups;

    AgreementHandler(Repository<Negotiation> negotiations, Repository<Campaign> campaigns,
                     CommandSideLookups lookups) {
        this.negotiations = negotiations;
        this.campaigns = campaigns;
        this.lookups = lookups;
    }

    @CommandHandler
    void handle(AcceptOfferCommand command) {
        Aggregate<Negotiation> negotiation = negotiations.load(command.negotiationId());
        Negotiation.Acceptance acceptance = negotiation.invoke(n -> n.prepareAcceptance(command.actor(), lookups));
        campaigns.load(acceptance.campaignId())
                .execute(campaign -> campaign.commitBudget(command.negotiationId(), acceptance.amount(), command.actor()));
        negotiation.execute(n -> n.agree(command.actor()));
    }
}
