package com.sponsorship.query.history;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.negotiation.AdRequestEditedEvent;
import com.sponsorship.api.negotiation.AdRequestOpenedEvent;
import com.sponsorship.api.negotiation.AdRequestWithdrawnEvent;
import com.sponsorship.api.negotiation.CounterOfferMadeEvent;
import com.sponsorship.api.negotiation.FindNegotiationHistoryQuery;
import com.sponsorship.api.negotiation.InfluencerAppliedEvent;
import com.sponsorship.api.negotiation.NegotiationAgreedEvent;
import com.sponsorship.api.negotiation.NegotiationCancelledEvent;
import com.sponsorship.api.negotiation.NegotiationHistory;
import com.sponsorship.api.negotiation.NegotiationRejectedEvent;
import com.sponsorship.api.negotiation.NegotiationStatus;
import com.sponsorship.api.negotiation.NegotiationStep;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * A negotiation's history straight from the event store, from sequence 0 (never from a snapshot),
 * so what participants and auditors read is exactly what was recorded.
 */
@Component
public class NegotiationHistoryQueries {

    private final EventStore eventStore;

    public NegotiationHistoryQueries(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @QueryHandler
    public NegotiationHistory handle(FindNegotiationHistoryQuery query) {
        List<NegotiationStep> steps = new ArrayList<>();
        DomainEventStream events = eventStore.readEvents(query.negotiationId(), 0);
        BigDecimal amount = null;
        NegotiationStatus status = null;
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            NegotiationStep step = step(event, amount, status);
            if (step != null) {
                steps.add(step);
                amount = step.amount();
                status = step.statusAfter();
            }
        }
        return new NegotiationHistory(query.negotiationId(), List.copyOf(steps));
    }

    private static NegotiationStep step(DomainEventMessage<?> message, BigDecimal amount, NegotiationStatus status) {
        Object payload = message.getPayload();
        if (payload instanceof AdRequestOpenedEvent e) {
            return step(message, e.actor(), "opened the ad request", e.paymentAmount(), e.message(),
                    NegotiationStatus.opened(e.influencerId()));
        }
        if (payload instanceof AdRequestEditedEvent e) {
            return step(message, e.actor(), "edited the ad request", e.paymentAmount(), e.message(), status);
        }
        if (payload instanceof InfluencerAppliedEvent e) {
            return step(message, e.actor(), "applied", e.paymentAmount(), e.message(), NegotiationStatus.AWAITING_SPONSOR);
        }
        if (payload instanceof CounterOfferMadeEvent e) {
            return step(message, e.actor(), "made a counter-offer", e.paymentAmount(), e.message(),
                    NegotiationStatus.offeredBy(e.actor().role()));
        }
        if (payload instanceof NegotiationAgreedEvent e) {
            return step(message, e.actor(), "accepted", e.paymentAmount(), null, NegotiationStatus.AGREED);
        }
        if (payload instanceof NegotiationRejectedEvent e) {
            return step(message, e.actor(), "rejected", amount, e.message(), NegotiationStatus.REJECTED);
        }
        if (payload instanceof AdRequestWithdrawnEvent e) {
            return step(message, e.actor(), "withdrew the ad request", amount, null, NegotiationStatus.WITHDRAWN);
        }
        if (payload instanceof NegotiationCancelledEvent e) {
            return step(message, e.actor(), "cancelled", amount, e.reason(), NegotiationStatus.CANCELLED);
        }
        return null;
    }

    private static NegotiationStep step(DomainEventMessage<?> message, Actor actor, String action, BigDecimal amount,
                                        String text, NegotiationStatus statusAfter) {
        return new NegotiationStep(message.getSequenceNumber(), message.getTimestamp(), actor.accountId(),
                actor.role(), action, amount, text, statusAfter);
    }
}
