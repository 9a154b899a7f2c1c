package com.sponsorship.api.negotiation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Ownership;
import com.sponsorship.api.common.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
 * @param terms         the terms on the table (or agreed); an offer without terms keeps the previous
 *                      ones; null only for negotiations stored before terms existed and not upcast
 * @param answerBy      when the offer on the table expires unanswered; null once concluded (and for
 *                      offers made before answer deadlines existed)
 * @param payments      the payments recorded after agreement, oldest first, as the influencer answered them
 * @param deliverables  after agreement, the agreed terms' deliverables numbered 1..n, as their drafts,
 *                      reviews and live links left them; empty before
 * @param cancellation  the cancellation of the agreed deal one side proposed and the other has not answered; null if none
 */
public record NegotiationState(String campaignId, String sponsorId, String influencerId, BigDecimal amountOnTable,
                               NegotiationStatus status, boolean answered, Terms terms, Instant answerBy,
                               List<Payment> payments, List<DeliverableProgress> deliverables,
                               CancellationProposal cancellation) {

    /** The canonical constructor is the one to read a serialized state with (the query bus may serialize it). */
    @JsonCreator
    public NegotiationState {
        payments = payments == null ? List.of() : List.copyOf(payments);
        deliverables = deliverables == null ? List.of() : List.copyOf(deliverables);
    }

    /** Without deliverables. */
    public NegotiationState(String campaignId, String sponsorId, String influencerId, BigDecimal amountOnTable,
                            NegotiationStatus status, boolean answered, Terms terms, Instant answerBy,
                            List<Payment> payments) {
        this(campaignId, sponsorId, influencerId, amountOnTable, status, answered, terms, answerBy, payments, List.of(),
                null);
    }

    /** Without terms, deadline or payments. */
    public NegotiationState(String campaignId, String sponsorId, String influencerId, BigDecimal amountOnTable,
                            NegotiationStatus status, boolean answered) {
        this(campaignId, sponsorId, influencerId, amountOnTable, status, answered, null, null, List.of());
    }

    /** Before the first event. */
    public static NegotiationState initial() {
        return new NegotiationState(null, null, null, null, null, false);
    }

    public NegotiationState apply(NegotiationEvent event) {
        NegotiationStatus next = statusAfter(status, event);
        if (event instanceof AdRequestOpenedEvent e) {
            return new NegotiationState(e.campaignId(), e.sponsorId(), e.influencerId(), e.paymentAmount(), next, false,
                    e.terms(), e.answerBy(), List.of(), List.of(), null);
        }
        if (event instanceof AdRequestEditedEvent e) {
            return with(influencerId, e.paymentAmount(), next, answered, terms, answerBy);
        }
        if (event instanceof InfluencerAppliedEvent e) {
            return with(e.influencerId(), e.paymentAmount(), next, true, termsOr(e.terms()), e.answerBy());
        }
        if (event instanceof CounterOfferMadeEvent e) {
            return with(influencerId, e.paymentAmount(), next, answered || e.actor().is(Role.INFLUENCER),
                    termsOr(e.terms()), e.answerBy());
        }
        if (event instanceof NegotiationAgreedEvent e) {
            Terms agreed = termsOr(e.terms());
            return new NegotiationState(campaignId, sponsorId, influencerId, e.paymentAmount(), next, answered, agreed,
                    null, payments, DeliverableProgress.of(agreed), null);
        }
        if (event instanceof PaymentEvent) {
            return new NegotiationState(campaignId, sponsorId, influencerId, amountOnTable, status, answered, terms,
                    answerBy, Payments.after(payments, event), deliverables, cancellation);
        }
        if (event instanceof DeliverableEvent e) {
            List<DeliverableProgress> after = deliverables.stream()
                    .map(item -> item.number() == e.number() ? item.after(e) : item).toList();
            return new NegotiationState(campaignId, sponsorId, influencerId, amountOnTable, status, answered, terms,
                    answerBy, payments, after, cancellation);
        }
        if (event instanceof CancellationProposedEvent e) {
            return proposing(new CancellationProposal(e.actor().role(), e.reason()));
        }
        if (event instanceof CancellationRefusedEvent) {
            return proposing(null);
        }
        return with(influencerId, amountOnTable, next, answered, terms, next.isConcluded() ? null : answerBy);
    }

    /** An offer's terms, or the ones on the table when it names none (unchanged). */
    private Terms termsOr(Terms offered) {
        return offered == null ? terms : offered;
    }

    /**
     * Whether the answer deadline set for {@code deadline} still stands: the negotiation goes on and
     * the offer on the table is the one it was set for (a later offer set its own).
     */
    public boolean stillAwaitsAnswerBy(Instant deadline) {
        return !concluded() && answerBy != null && answerBy.equals(deadline);
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
        if (event instanceof NegotiationCancelledEvent || event instanceof DealCancelledEvent) {
            return NegotiationStatus.CANCELLED;
        }
        if (event instanceof NegotiationExpiredEvent) {
            return NegotiationStatus.EXPIRED;
        }
        if (event instanceof NegotiationCompletedEvent) {
            return NegotiationStatus.COMPLETED;
        }
        if (event instanceof PaymentEvent || event instanceof DeliverableEvent
                || event instanceof CancellationProposedEvent || event instanceof CancellationRefusedEvent) {
            return before;
        }
        throw new IllegalArgumentException("Not a step of a negotiation: " + event);
    }

    /** Whether the event ends any negotiation still going on (agreed, rejected, withdrawn, cancelled, expired, completed). */
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

    /** The amount agreed; null unless the negotiation is agreed (or completed). */
    public BigDecimal agreedAmount() {
        return status != null && status.isDeal() ? amountOnTable : null;
    }

    /** The deliverable with this number (1..n), once agreed. */
    public Optional<DeliverableProgress> deliverable(int number) {
        return deliverables.stream().filter(item -> item.number() == number).findFirst();
    }

    /** Whether there are deliverables and every one is live. */
    public boolean allLive() {
        return !deliverables.isEmpty() && deliverables.stream().allMatch(item -> item.status() == DeliverableStatus.LIVE);
    }

    /**
     * Whether the draft of this deliverable still awaits the review it was submitted for at
     * {@code reviewBy}: a deadline set for an earlier draft, one already answered or disputed (its
     * {@code reviewBy} is gone), or of a deal cancelled since, changes nothing.
     */
    public boolean stillAwaitsReviewBy(int number, Instant reviewBy) {
        return status == NegotiationStatus.AGREED && deliverable(number)
                .filter(item -> item.status() == DeliverableStatus.SUBMITTED && reviewBy.equals(item.reviewBy()))
                .isPresent();
    }

    /** An agreed deal with a deliverable in dispute: an admin may end it. */
    public boolean disputed() {
        return status == NegotiationStatus.AGREED && deliverables.stream().anyMatch(DeliverableProgress::disputed);
    }

    /** An agreed deal past its due date ({@code today} excluded) with deliverables not yet live. */
    public boolean overdue(LocalDate today) {
        return status == NegotiationStatus.AGREED && terms != null && pastDue(terms.dueDate(), today) && !allLive();
    }

    /** Content due on {@code dueDate} (none: never) and not live is overdue from the next day on. */
    public static boolean pastDue(LocalDate dueDate, LocalDate today) {
        return dueDate != null && dueDate.isBefore(today);
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

    /** The rest as it was; a proposal ends with the negotiation (a cancelled deal has nothing left to cancel). */
    private NegotiationState with(String influencer, BigDecimal amount, NegotiationStatus next, boolean hasAnswered,
                                  Terms onTable, Instant deadline) {
        return new NegotiationState(campaignId, sponsorId, influencer, amount, next, hasAnswered, onTable, deadline,
                payments, deliverables, next == status ? cancellation : null);
    }

    private NegotiationState proposing(CancellationProposal proposal) {
        return new NegotiationState(campaignId, sponsorId, influencerId, amountOnTable, status, answered, terms,
                answerBy, payments, deliverables, proposal);
    }
}
