package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Ownership;
import com.sponsorship.api.common.Role;
import java.math.BigDecimal;

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
 */
public record NegotiationState(String campaignId, String sponsorId, String influencerId, BigDecimal amountOnTable,
                               NegotiationStatus status, boolean answered) {

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

    private NegotiationState with(String influencer, BigDecimal amount, NegotiationStatus next, boolean hasAnswered) {
        return new NegotiationState(campaignId, sponsorId, influencer, amount, next, hasAnswered);
    }
}
