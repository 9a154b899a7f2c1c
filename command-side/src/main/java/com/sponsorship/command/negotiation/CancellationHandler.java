package com.sponsorship.command.negotiation;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.negotiation.AcceptCancellationCommand;
import com.sponsorship.api.negotiation.EndDisputedDealCommand;
import com.sponsorship.command.campaign.Campaign;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Cancelling an agreed deal touches two aggregates in one unit of work, like {@link AgreementHandler}:
 * the campaign releases what the deal still owed back to its remaining budget, then the negotiation
 * records the cancellation with that amount. Locks are taken in the same order (negotiation, then
 * campaign), so the two handlers never wait on each other in a cycle; a second acceptance of the
 * same proposal waits for the negotiation's lock and then finds the deal cancelled.
 */
@Component
class CancellationHandler {

    private final Repository<Negotiation> negotiations;
    private final Repository<Campaign> campaigns;

    CancellationHandler(Repository<Negotiation> negotiations, Repository<Campaign> campaigns) {
        this.negotiations = negotiations;
        this.campaigns = campaigns;
    }

    /** The other party accepts the proposed cancellation. */
    @CommandHandler
    void handle(AcceptCancellationCommand command) {
        Aggregate<Negotiation> negotiation = negotiations.load(command.negotiationId());
        cancel(negotiation, negotiation.invoke(n -> n.prepareCancellation(command.actor())), command.actor());
    }

    /** An admin ends a deal whose deliverable is disputed. */
    @CommandHandler
    void handle(EndDisputedDealCommand command) {
        Aggregate<Negotiation> negotiation = negotiations.load(command.negotiationId());
        cancel(negotiation, negotiation.invoke(n -> n.prepareEnding(command.actor(), command.reason())),
                command.actor());
    }

    private void cancel(Aggregate<Negotiation> negotiation, Negotiation.Cancellation cancellation, Actor actor) {
        campaigns.load(cancellation.campaignId()).execute(campaign ->
                campaign.releaseBudget(negotiation.identifierAsString(), cancellation.released(), actor));
        negotiation.execute(n -> n.cancelDeal(cancellation, actor));
    }
}
