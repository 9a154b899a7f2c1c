package com.sponsorship.api.negotiation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Ownership;
import com.sponsorship.api.common.Role;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Where one negotiation stands after its events so far: the one place that says what each
 * {@link NegotiationEvent} does to it. Immutable; {@link #apply} returns the state after an event.
 *
 * @param campaignId    the campaign the request promotes
 * @param sponsorId     the sponsor who opened the request
 * @param influencerId  the influencer it is addressed to or who applied; null while it is open to anyone
 * @param amountOnTable the payment last proposed (or agreed)
 * @param status        null before the request is opened
 * @param answered      the influencer has applied or countered at least once; from then on the
 *                      sponsor can no longer edit or withdraw the request
 * @param payments      the payments recorded after agreement, oldest first, as the influencer answered them
 */
public record NegotiationState(String campaignId, String sponsorId, String influencerId, BigDecimal amountOnTable,
                               NegotiationStatus status, boolean answered, List<Payment> payments) {

    /** The canonical constructor is the one to read a serialized state with (the query bus may serialize it). */
    @JsonCreator
    public NegotiationState {
        payments = payments == null ? List.of() : List.copyOf(payments);
    }

    /** A state without payments: every state before agreement. */
    public NegotiationState(String campaignId, String sponsorId, String influencerId, BigDecimal amountOnTable,
                            NegotiationStatus status, boolean answered) {
        this(campaignId, sponsorId, influencerId, amountOnTable, status, answered, List.of());
    }

    /** Before the first event. */
    public static NegotiationState initial() {
        return new NegotiationState(null, null, null, null, null, false);
    }

    public NegotiationState apply(NegotiationEvent event) {
        NegotiationStatus next = statusAfter(status, event);
        if (event instanceof AdRequestOpenedEvent e) {
            return new NegotiationState(e.campaignId(), e.sponsorId(), e.influencerId(), e.paymentAmount(), next, false);
        }
        if (event instanceof AdRequestEditedEvent e) {
            return with(influencerId, e.paymentAmount(), next, answered);
        }
        if (event instanceof InfluencerAppliedEvent e) {
            return with(e.influencerId(), e.paymentAmount(), next, true);
        }
        if (event instanceof CounterOfferMadeEvent e) {
            return with(influencerId, e.paymentAmount(), next, answered || e.actor().is(Role.INFLUENCER));
        }
        if (event instanceof NegotiationAgreedEvent e) {
            return with(influencerId, e.paymentAmount(), next, answered);
        }
        if (event instanceof PaymentEvent) {
            return withPayments(Payments.after(payments, event));
        }
        return with(influencerId, amountOnTable, next, answered);
    }

    /**
     * The status an event leaves a negotiation in that was in {@code before}: all a read model that
     * keeps only the status needs. After an offer it is the other side's turn.
     */
    public static NegotiationStatus statusAfter(NegotiationStatus before, NegotiationEvent event) {
        if (event instanceof AdRequestOpenedEvent e) {
            return e.influencerId() == null ? NegotiationStatus.OPEN : NegotiationStatus.AWAITING_INFLUENCER;
        }
        if (event instanceof AdRequestEditedEvent) {
            return before;
        }
        if (event instanceof InfluencerAppliedEvent) {
            return NegotiationStatus.AWAITING_SPONSOR;
        }
        if (event instanceof CounterOfferMadeEvent e) {
            return e.actor().is(Role.INFLUENCER) ? NegotiationStatus.AWAITING_SPONSOR : NegotiationStatus.AWAITING_INFLUENCER;
        }
        if (event instanceof NegotiationAgreedEvent) {
            return NegotiationStatus.AGREED;
        }
        if (event instanceof NegotiationRejectedEvent) {
            return NegotiationStatus.REJECTED;
        }
        if (event instanceof AdRequestWithdrawnEvent) {
            return NegotiationStatus.WITHDRAWN;
        }
        if (event instanceof NegotiationCancelledEvent) {
            return NegotiationStatus.CANCELLED;
        }
        if (event instanceof PaymentEvent) {
            return before;
        }
        throw new IllegalArgumentException("Not a step of a negotiation: " + event);
    }

    /** Whether the event ends any negotiation still going on (agreed, rejected, withdrawn, cancelled). */
    public static boolean concludes(NegotiationEvent event) {
        return statusAfter(NegotiationStatus.OPEN, event).isConcluded();
    }

    public boolean concluded() {
        return status != null && status.isConcluded();
    }

    /** Whose answer the negotiation waits for: the side that did not make the offer on the table; null when nobody's. */
    public Role whoseTurn() {
        if (status == NegotiationStatus.AWAITING_INFLUENCER) {
            return Role.INFLUENCER;
        }
        return status == NegotiationStatus.AWAITING_SPONSOR ? Role.SPONSOR : null;
    }

    public boolean awaits(Role side) {
        return side != null && side == whoseTurn();
    }

    /** Published to any influencer and waiting for one to apply. */
    public boolean openToApplications() {
        return status == NegotiationStatus.OPEN;
    }

    /** The sponsor may still edit or withdraw the request: nobody has answered it and it goes on. */
    public boolean requestChangeable() {
        return !concluded() && !answered;
    }

    /** The actor is this negotiation's sponsor or influencer, in that role. */
    public boolean isParty(Actor actor) {
        return Ownership.isPartyTo(actor, sponsorId, influencerId);
    }

    /** The amount agreed; null unless the negotiation is agreed. */
    public BigDecimal agreedAmount() {
        return status == NegotiationStatus.AGREED ? amountOnTable : null;
    }

    /** The sum of the payments not disputed (recorded or confirmed); 0 before any. */
    public BigDecimal paid() {
        return Payments.sum(payments.stream().filter(Payment::counts));
    }

    /** The agreed amount minus what was paid; null unless the negotiation is agreed. */
    public BigDecimal outstanding() {
        BigDecimal agreed = agreedAmount();
        return agreed == null ? null : agreed.subtract(paid());
    }

    /** The payment with this id, if one was recorded. */
    public Optional<Payment> payment(String paymentId) {
        return payments.stream().filter(payment -> payment.id().equals(paymentId)).findFirst();
    }

    private NegotiationState with(String influencer, BigDecimal amount, NegotiationStatus next, boolean hasAnswered) {
        return new NegotiationState(campaignId, sponsorId, influencer, amount, next, hasAnswered, payments);
    }

    private NegotiationState withPayments(List<Payment> after) {
        return new NegotiationState(campaignId, sponsorId, influencerId, amountOnTable, status, answered, after);
    }
}
