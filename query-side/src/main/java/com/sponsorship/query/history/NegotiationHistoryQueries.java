package com.sponsorship.query.history;

import com.sponsorship.api.negotiation.AdRequestEditedEvent;
import com.sponsorship.api.negotiation.AdRequestOpenedEvent;
import com.sponsorship.api.negotiation.AdRequestWithdrawnEvent;
import com.sponsorship.api.negotiation.CancellationProposedEvent;
import com.sponsorship.api.negotiation.CancellationRefusedEvent;
import com.sponsorship.api.negotiation.ChangesRequestedEvent;
import com.sponsorship.api.negotiation.DealCancelledEvent;
import com.sponsorship.api.negotiation.DeliverableDisputedEvent;
import com.sponsorship.api.negotiation.CounterOfferMadeEvent;
import com.sponsorship.api.negotiation.DeliverableEvent;
import com.sponsorship.api.negotiation.DeliverableLiveEvent;
import com.sponsorship.api.negotiation.DeliverableProgress;
import com.sponsorship.api.negotiation.DraftApprovedEvent;
import com.sponsorship.api.negotiation.DraftSubmittedEvent;
import com.sponsorship.api.negotiation.NegotiationCompletedEvent;
import com.sponsorship.api.negotiation.FindNegotiationHistoryQuery;
import com.sponsorship.api.negotiation.FindNegotiationStateQuery;
import com.sponsorship.api.negotiation.InfluencerAppliedEvent;
import com.sponsorship.api.negotiation.NegotiationAgreedEvent;
import com.sponsorship.api.negotiation.NegotiationCancelledEvent;
import com.sponsorship.api.negotiation.NegotiationEvent;
import com.sponsorship.api.negotiation.NegotiationExpiredEvent;
import com.sponsorship.api.negotiation.NegotiationHistory;
import com.sponsorship.api.negotiation.NegotiationRejectedEvent;
import com.sponsorship.api.negotiation.NegotiationState;
import com.sponsorship.api.negotiation.NegotiationStep;
import com.sponsorship.api.negotiation.Payment;
import com.sponsorship.api.negotiation.PaymentConfirmedEvent;
import com.sponsorship.api.negotiation.PaymentDisputedEvent;
import com.sponsorship.api.negotiation.PaymentEvent;
import com.sponsorship.api.negotiation.PaymentRecordedEvent;
import com.sponsorship.api.negotiation.Terms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
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
        return history(query.negotiationId(), eventStore.readEvents(query.negotiationId(), 0));
    }

    @QueryHandler
    public NegotiationState handle(FindNegotiationStateQuery query) {
        return replay(eventStore.readEvents(query.negotiationId(), 0), (message, event, after) -> {
        });
    }

    /**
     * One step per negotiation event, in order: who did what, and the amount and status it left; an
     * offer with its terms and their changes from the previous offer's, an agreement with the terms
     * agreed and their digest.
     */
    static NegotiationHistory history(String negotiationId, Iterator<? extends DomainEventMessage<?>> events) {
        List<NegotiationStep> steps = new ArrayList<>();
        Terms[] previous = {null};
        replay(events, (message, event, after) -> {
            Said said = event instanceof PaymentEvent payment ? said(payment, after)
                    : event instanceof DeliverableEvent deliverable ? said(deliverable, after) : said(event);
            Terms shown = termsShown(event);
            steps.add(new NegotiationStep(message.getSequenceNumber(), message.getTimestamp(),
                    event.actor().accountId(), event.actor().role(), said.action(), after.amountOnTable(), said.text(),
                    after.status(), shown, shown == null ? List.of() : shown.changesFrom(previous[0]),
                    event instanceof NegotiationAgreedEvent agreed ? agreed.termsDigest() : null));
            previous[0] = after.terms();
        });
        return new NegotiationHistory(negotiationId, List.copyOf(steps));
    }

    /** The terms a step shows: an offer's (the whole terms on the table after it), an agreement's as recorded. */
    private static Terms termsShown(NegotiationEvent event) {
        if (event instanceof AdRequestOpenedEvent e) {
            return e.terms();
        }
        if (event instanceof InfluencerAppliedEvent e) {
            return e.terms();
        }
        if (event instanceof CounterOfferMadeEvent e) {
            return e.terms();
        }
        return event instanceof NegotiationAgreedEvent e ? e.terms() : null;
    }

    /** Applies the negotiation's events in order, telling {@code step} the state each one leaves; returns the last. */
    static NegotiationState replay(Iterator<? extends DomainEventMessage<?>> events, Step step) {
        NegotiationState state = NegotiationState.initial();
        while (events.hasNext()) {
            DomainEventMessage<?> message = events.next();
            if (message.getPayload() instanceof NegotiationEvent event) {
                state = state.apply(event);
                step.taken(message, event, state);
            }
        }
        return state;
    }

    interface Step {
        void taken(DomainEventMessage<?> message, NegotiationEvent event, NegotiationState after);
    }

    /** How the history names a step, and what the actor wrote with it, if anything. */
    private record Said(String action, String text) {
    }

    /** A payment step names the payment (amount, reference), since the amount on the table stays the agreed one. */
    private static Said said(PaymentEvent event, NegotiationState after) {
        Payment payment = after.payment(event.paymentId()).orElseThrow();
        String which = "payment " + payment.reference() + " of " + money(payment.amount());
        if (event instanceof PaymentRecordedEvent e) {
            return new Said("recorded a payment of " + money(e.amount()) + " (" + e.method().label()
                    + ", paid on " + e.paidOn() + ")", "Reference: " + e.reference());
        }
        if (event instanceof PaymentConfirmedEvent) {
            return new Said("confirmed receipt of " + which, null);
        }
        return new Said("disputed " + which, ((PaymentDisputedEvent) event).reason());
    }

    /** A deliverable step names the deliverable (number and summary), with the link and note given. */
    private static Said said(DeliverableEvent event, NegotiationState after) {
        String which = "deliverable " + event.number() + after.deliverable(event.number())
                .map(item -> " (" + item.summary() + ")").orElse("");
        if (event instanceof DraftSubmittedEvent e) {
            return new Said("submitted a draft of " + which + ": " + e.url(), e.note());
        }
        if (event instanceof ChangesRequestedEvent e) {
            return new Said("requested changes to " + which, e.note());
        }
        if (event instanceof DeliverableDisputedEvent e) {
            return new Said("disputed the draft of " + which + " after the last change round", e.reason());
        }
        if (event instanceof DraftApprovedEvent e) {
            return new Said(e.automatic() ? "approved the draft of " + which + " automatically: it was not reviewed in "
                    + DeliverableProgress.REVIEW_DAYS + " days" : "approved the draft of " + which, null);
        }
        return new Said("published " + which + ": " + ((DeliverableLiveEvent) event).url(), null);
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static Said said(NegotiationEvent event) {
        if (event instanceof AdRequestOpenedEvent e) {
            return new Said("opened the ad request", e.message());
        }
        if (event instanceof AdRequestEditedEvent e) {
            return new Said("edited the ad request", e.message());
        }
        if (event instanceof InfluencerAppliedEvent e) {
            return new Said("applied", e.message());
        }
        if (event instanceof CounterOfferMadeEvent e) {
            return new Said("made a counter-offer", e.message());
        }
        if (event instanceof NegotiationAgreedEvent) {
            return new Said("accepted", null);
        }
        if (event instanceof NegotiationRejectedEvent e) {
            return new Said("rejected", e.message());
        }
        if (event instanceof AdRequestWithdrawnEvent) {
            return new Said("withdrew the ad request", null);
        }
        if (event instanceof NegotiationExpiredEvent) {
            return new Said("expired: the offer was not answered in time", null);
        }
        if (event instanceof NegotiationCompletedEvent) {
            return new Said("completed: every deliverable is live", null);
        }
        if (event instanceof CancellationProposedEvent e) {
            return new Said("proposed cancelling the deal", e.reason());
        }
        if (event instanceof CancellationRefusedEvent) {
            return new Said("refused the cancellation: the deal goes on", null);
        }
        if (event instanceof DealCancelledEvent e) {
            return new Said("cancelled the deal, releasing " + money(e.released()) + " to the campaign's budget",
                    e.reason());
        }
        return new Said("cancelled", ((NegotiationCancelledEvent) event).reason());
    }
}
