package com.sponsorship.command.negotiation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.DomainRuleException;
import com.sponsorship.api.common.Ownership;
import com.sponsorship.api.common.Refusal;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.common.Rules;
import com.sponsorship.api.negotiation.AdRequestEditedEvent;
import com.sponsorship.api.negotiation.AdRequestOpenedEvent;
import com.sponsorship.api.negotiation.AdRequestWithdrawnEvent;
import com.sponsorship.api.negotiation.ApplyToAdRequestCommand;
import com.sponsorship.api.negotiation.CancelNegotiationCommand;
import com.sponsorship.api.negotiation.CounterOfferCommand;
import com.sponsorship.api.negotiation.CounterOfferMadeEvent;
import com.sponsorship.api.negotiation.EditAdRequestCommand;
import com.sponsorship.api.negotiation.InfluencerAppliedEvent;
import com.sponsorship.api.negotiation.NegotiationAgreedEvent;
import com.sponsorship.api.negotiation.NegotiationCancelledEvent;
import com.sponsorship.api.negotiation.NegotiationEvent;
import com.sponsorship.api.negotiation.NegotiationExpiredEvent;
import com.sponsorship.api.negotiation.NegotiationRejectedEvent;
import com.sponsorship.api.negotiation.NegotiationState;
import com.sponsorship.api.negotiation.OpenAdRequestCommand;
import com.sponsorship.api.negotiation.RejectOfferCommand;
import com.sponsorship.api.negotiation.Terms;
import com.sponsorship.api.negotiation.WithdrawAdRequestCommand;
import com.sponsorship.api.validation.AnswerWithinDays;
import com.sponsorship.command.config.CommandSideConfiguration;
import com.sponsorship.command.lookup.CampaignState;
import com.sponsorship.command.lookup.CommandSideLookups;
import com.sponsorship.command.lookup.Guards;
import com.sponsorship.api.negotiation.ConfirmPaymentCommand;
import com.sponsorship.api.negotiation.DisputePaymentCommand;
import com.sponsorship.api.negotiation.NegotiationStatus;
import com.sponsorship.api.negotiation.Payment;
import com.sponsorship.api.negotiation.PaymentConfirmedEvent;
import com.sponsorship.api.negotiation.PaymentDisputedEvent;
import com.sponsorship.api.negotiation.PaymentRecordedEvent;
import com.sponsorship.api.negotiation.PaymentStatus;
import com.sponsorship.api.negotiation.RecordPaymentCommand;
import com.sponsorship.api.negotiation.ApproveDraftCommand;
import com.sponsorship.api.negotiation.ChangesRequestedEvent;
import com.sponsorship.api.negotiation.DeliverableLiveEvent;
import com.sponsorship.api.negotiation.DeliverableProgress;
import com.sponsorship.api.negotiation.DeliverableStatus;
import com.sponsorship.api.negotiation.DraftApprovedEvent;
import com.sponsorship.api.negotiation.DraftSubmittedEvent;
import com.sponsorship.api.negotiation.NegotiationCompletedEvent;
import com.sponsorship.api.negotiation.PublishDeliverableCommand;
import com.sponsorship.api.negotiation.RequestChangesCommand;
import com.sponsorship.api.negotiation.SubmitDraftCommand;
import com.sponsorship.api.negotiation.CancellationProposal;
import com.sponsorship.api.negotiation.CancellationProposedEvent;
import com.sponsorship.api.negotiation.CancellationRefusedEvent;
import com.sponsorship.api.negotiation.DealCancelledEvent;
import com.sponsorship.api.negotiation.DeliverableDisputedEvent;
import com.sponsorship.api.negotiation.DisputeDraftCommand;
import com.sponsorship.api.negotiation.ProposeCancellationCommand;
import com.sponsorship.api.negotiation.RefuseCancellationCommand;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An ad request and the negotiation it starts: offers and counter-offers alternate between the
 * sponsor and the influencer; the side whose turn it is accepts, rejects or counters.
 */
@Aggregate(cache = CommandSideConfiguration.AGGREGATE_CACHE)
public class Negotiation {

    /**
     * Fires when the offer on the table has waited its answer time; its payload is that offer's
     * {@code answerBy}. Deadlines are never cancelled: Axon's db-scheduler deadline manager cancels by
     * reading every scheduled deadline, which made each answer read the whole table (70 times fewer
     * commands per second on the LARGE store). A deadline checks instead, when it fires, that what it
     * was set for still waits ({@link NegotiationState#stillAwaitsAnswerBy}, {@link NegotiationState#stillAwaitsReviewBy}).
     */
    static final String ANSWER_DEADLINE = "answer-deadline";
    /**
     * Fires when a draft has waited {@link DeliverableProgress#REVIEW_DAYS} days for the sponsor's
     * review; its payload is {@code number/reviewBy}, so that a deadline of an earlier draft is harmless.
     */
    static final String REVIEW_DEADLINE = "review-deadline";
    private static final String CANCELLED = "This negotiation is cancelled: nothing more can be done in it";

    @AggregateIdentifier
    private String negotiationId;
    private NegotiationState state = NegotiationState.initial();

    protected Negotiation() {
    }

    @CommandHandler
    public Negotiation(OpenAdRequestCommand command, CommandSideLookups lookups, DeadlineManager deadlines) {
        Actor actor = command.actor();
        Guards.requireRole(actor, Role.SPONSOR, "send ad requests");
        Guards.requireActiveAccount(lookups, actor);
        if (!Ownership.ownsCampaign(actor, Guards.requireOpenCampaign(lookups, command.campaignId()).sponsorId())) {
            throw new DomainRuleException(Refusal.NOT_YOUR_CAMPAIGN, "campaignId", "This is not your campaign");
        }
        if (command.influencerId() != null) {
            boolean influencer = lookups.account(command.influencerId())
                    .filter(account -> account.role() == Role.INFLUENCER && !account.removed())
                    .isPresent();
            if (!influencer) {
                throw new DomainRuleException(Refusal.UNKNOWN_INFLUENCER, "influencerId", "There is no such influencer");
            }
        }
        Terms terms = command.terms() != null ? command.terms() : standardTerms(command, lookups);
        requireDueNotPassed(terms);
        Instant answerBy = answerBy(command.answerWithinDays());
        apply(new AdRequestOpenedEvent(command.negotiationId(), command.campaignId(), actor.accountId(),
                command.influencerId(), command.message(), command.requirements(), command.paymentAmount(), actor,
                terms, answerBy));
        deadlines.schedule(answerBy, ANSWER_DEADLINE, answerBy);
    }

    @CommandHandler
    void handle(EditAdRequestCommand command) {
        requireUnansweredRequestOf(command.actor());
        apply(new AdRequestEditedEvent(negotiationId, command.message(), command.requirements(),
                command.paymentAmount(), command.actor()));
    }

    @CommandHandler
    void handle(WithdrawAdRequestCommand command) {
        requireUnansweredRequestOf(command.actor());
        apply(new AdRequestWithdrawnEvent(negotiationId, command.actor()));
    }

    @CommandHandler
    void handle(ApplyToAdRequestCommand command, CommandSideLookups lookups, DeadlineManager deadlines) {
        Actor actor = command.actor();
        Guards.requireRole(actor, Role.INFLUENCER, "apply to ad requests");
        requireNotConcluded();
        if (!state.openToApplications()) {
            throw new DomainRuleException(Refusal.NOT_OPEN, "This ad request is not open to applications");
        }
        Guards.requireActiveAccount(lookups, actor);
        Guards.requireOpenCampaign(lookups, state.campaignId());
        Instant answerBy = answerBy(command.answerWithinDays());
        apply(new InfluencerAppliedEvent(negotiationId, actor.accountId(), command.paymentAmount(),
                command.message(), actor, state.terms(), answerBy));
        deadlines.schedule(answerBy, ANSWER_DEADLINE, answerBy);
    }

    @CommandHandler
    void handle(CounterOfferCommand command, CommandSideLookups lookups, DeadlineManager deadlines) {
        requireTurnOf(command.actor());
        Guards.requireActiveAccount(lookups, command.actor());
        Guards.requireOpenCampaign(lookups, state.campaignId());
        Terms terms = command.terms() != null ? command.terms() : state.terms();
        if (command.terms() != null) {
            requireDueNotPassed(terms);
        }
        Instant answerBy = answerBy(command.answerWithinDays());
        apply(new CounterOfferMadeEvent(negotiationId, command.paymentAmount(), command.message(), command.actor(),
                terms, answerBy));
        deadlines.schedule(answerBy, ANSWER_DEADLINE, answerBy);
    }

    @CommandHandler
    void handle(RejectOfferCommand command) {
        requireTurnOf(command.actor());
        apply(new NegotiationRejectedEvent(negotiationId, command.message(), command.actor()));
    }

    /** Cancelling a concluded negotiation changes nothing: policies may race with a conclusion. */
    @CommandHandler
    void handle(CancelNegotiationCommand command) {
        if (!command.actor().is(Role.SYSTEM) && !command.actor().is(Role.ADMIN)) {
            throw new DomainRuleException(Refusal.WRONG_ROLE, "Only the platform or an admin can cancel a negotiation");
        }
        if (!state.concluded()) {
            apply(new NegotiationCancelledEvent(negotiationId, command.reason(), command.actor()));
        }
    }

    /**
     * The offer on the table has not been answered in time: the negotiation expires. Nothing was
     * committed while it waited, so nothing is released. A deadline of an offer since answered or
     * superseded (normally cancelled with it) changes nothing.
     */
    @DeadlineHandler(deadlineName = ANSWER_DEADLINE)
    void onAnswerDeadline(Instant answerBy) {
        if (state.stillAwaitsAnswerBy(answerBy)) {
            apply(new NegotiationExpiredEvent(negotiationId, answerBy, Actor.SYSTEM));
        }
    }

    /**
     * Checks that the actor may accept what is on the table now; the caller then commits the
     * amount on the campaign and calls {@link #agree}.
     */
    Acceptance prepareAcceptance(Actor actor, CommandSideLookups lookups) {
        requireTurnOf(actor);
        Guards.requireActiveAccount(lookups, actor);
        return new Acceptance(state.campaignId(), state.amountOnTable());
    }

    /** Records the agreement on the amount and the exact terms on the table, with their digest. */
    void agree(Actor actor) {
        Terms terms = state.terms();
        apply(new NegotiationAgreedEvent(negotiationId, state.campaignId(), state.sponsorId(), state.influencerId(),
                state.amountOnTable(), actor, terms, terms == null ? null : terms.digest()));
    }

    record Acceptance(String campaignId, BigDecimal amount) {
    }

    /**
     * The sponsor records a payment of an agreed deal: never more than is still outstanding, never
     * the same payment twice (same id, or same reference); its date is checked by {@code @NotAfterToday}.
     */
    @CommandHandler
    void handle(RecordPaymentCommand command) {
        requireParty(command.actor(), Role.SPONSOR);
        requireAgreed();
        boolean recorded = state.payment(command.paymentId()).isPresent()
                || state.payments().stream().anyMatch(payment -> payment.sameReference(command.reference()));
        if (recorded) {
            throw new DomainRuleException(Refusal.DUPLICATE_PAYMENT, "reference",
                    "A payment with this reference is already recorded");
        }
        BigDecimal outstanding = state.outstanding();
        if (command.amount().compareTo(outstanding) > 0) {
            throw new DomainRuleException(Refusal.PAYMENT_EXCEEDS_DUE, "amount",
                    "Only " + outstanding.setScale(2, RoundingMode.HALF_UP).toPlainString()
                            + " is still due; record at most that");
        }
        apply(new PaymentRecordedEvent(negotiationId, command.paymentId(), command.amount(), command.paidOn(),
                command.method(), command.reference().trim(), command.actor()));
    }

    /** The influencer confirms receiving a payment it has not answered yet. */
    @CommandHandler
    void handle(ConfirmPaymentCommand command) {
        requireUnansweredPayment(command.actor(), command.paymentId());
        apply(new PaymentConfirmedEvent(negotiationId, command.paymentId(), command.actor()));
    }

    /** The influencer disputes a payment it has not answered yet: it stops counting as paid. */
    @CommandHandler
    void handle(DisputePaymentCommand command) {
        requireUnansweredPayment(command.actor(), command.paymentId());
        apply(new PaymentDisputedEvent(negotiationId, command.paymentId(), command.reason().trim(), command.actor()));
    }

    /** The influencer submits a draft of a deliverable that has none under review or approved; the review deadline starts. */
    @CommandHandler
    void handle(SubmitDraftCommand command, DeadlineManager deadlines) {
        DeliverableProgress item = requireDeliverable(command.actor(), Role.INFLUENCER, command.number());
        if (!item.awaitsDraft()) {
            throw new DomainRuleException(Refusal.WRONG_STEP,
                    "This deliverable " + item.status().situation() + ": no draft is expected now");
        }
        Instant reviewBy = GenericEventMessage.clock.instant().plus(Duration.ofDays(DeliverableProgress.REVIEW_DAYS));
        apply(new DraftSubmittedEvent(negotiationId, item.number(), command.url().trim(), blankToNull(command.note()),
                reviewBy, command.actor()));
        deadlines.schedule(reviewBy, REVIEW_DEADLINE, item.number() + "/" + reviewBy);
    }

    /** The sponsor approves a draft under review. */
    @CommandHandler
    void handle(ApproveDraftCommand command) {
        DeliverableProgress item = requireDraftUnderReview(command.actor(), command.number());
        apply(new DraftApprovedEvent(negotiationId, item.number(), false, command.actor()));
    }

    /** The sponsor asks for changes to a draft under review, at most {@link DeliverableProgress#MAX_CHANGE_ROUNDS} times. */
    @CommandHandler
    void handle(RequestChangesCommand command) {
        DeliverableProgress item = requireDraftUnderReview(command.actor(), command.number());
        if (!item.changesAllowed()) {
            throw new DomainRuleException(Refusal.WRONG_STEP, "Changes were already requested "
                    + DeliverableProgress.MAX_CHANGE_ROUNDS + " times: approve or dispute this draft");
        }
        apply(new ChangesRequestedEvent(negotiationId, item.number(), command.note().trim(), command.actor()));
    }

    /** After the last change round the sponsor disputes the draft under review: no automatic approval from then on. */
    @CommandHandler
    void handle(DisputeDraftCommand command) {
        DeliverableProgress item = requireDraftUnderReview(command.actor(), command.number());
        if (item.disputed()) {
            throw new DomainRuleException(Refusal.WRONG_STEP,
                    "This draft is already disputed: approve it, or propose cancelling the deal");
        }
        if (!item.disputable()) {
            throw new DomainRuleException(Refusal.WRONG_STEP, "A draft can be disputed only after "
                    + DeliverableProgress.MAX_CHANGE_ROUNDS + " change rounds: request changes or approve it");
        }
        apply(new DeliverableDisputedEvent(negotiationId, item.number(), command.reason().trim(), command.actor()));
    }

    /** A party of a deal in progress proposes cancelling it; one proposal waits at a time. */
    @CommandHandler
    void handle(ProposeCancellationCommand command) {
        requireParty(command.actor(), command.actor().role());
        requireInProgress("Only an agreed deal can be cancelled this way; before agreement, reject the offer or withdraw the request");
        CancellationProposal pending = state.cancellation();
        if (pending != null) {
            throw new DomainRuleException(Refusal.WRONG_STEP, pending.proposedBy() == command.actor().role()
                    ? "You already proposed cancelling this deal: wait for the other side's answer"
                    : "The other side already proposed cancelling this deal: accept or refuse that proposal");
        }
        apply(new CancellationProposedEvent(negotiationId, command.reason().trim(), command.actor()));
    }

    /** The other party refuses the proposed cancellation: the deal goes on. */
    @CommandHandler
    void handle(RefuseCancellationCommand command) {
        requireProposalFor(command.actor());
        apply(new CancellationRefusedEvent(negotiationId, command.actor()));
    }

    /**
     * Checks that the actor may accept the proposed cancellation; the caller then releases what is
     * outstanding on the campaign and calls {@link #cancelDeal}.
     */
    Cancellation prepareCancellation(Actor actor) {
        CancellationProposal proposal = requireProposalFor(actor);
        return new Cancellation(state.campaignId(), state.outstanding(), proposal.reason());
    }

    /** Checks that an admin may end this deal (a deliverable is disputed); then as {@link #prepareCancellation}. */
    Cancellation prepareEnding(Actor actor, String reason) {
        if (!actor.is(Role.ADMIN)) {
            throw new DomainRuleException(Refusal.WRONG_ROLE, "Only an admin can end a disputed deal");
        }
        if (!state.disputed()) {
            throw new DomainRuleException(Refusal.WRONG_STEP, "An admin ends only an agreed deal with a disputed"
                    + " deliverable; otherwise its parties may propose cancelling it");
        }
        return new Cancellation(state.campaignId(), state.outstanding(), reason.trim());
    }

    /** Ends the deal as cancelled, recording what was released; pending review deadlines change nothing from then on. */
    void cancelDeal(Cancellation cancellation, Actor actor) {
        apply(new DealCancelledEvent(negotiationId, cancellation.campaignId(), cancellation.released(),
                cancellation.reason(), actor));
    }

    /** What a cancellation gives back to which campaign (the amount still outstanding), and why. */
    record Cancellation(String campaignId, BigDecimal released, String reason) {
    }

    private CancellationProposal requireProposalFor(Actor actor) {
        requireParty(actor, actor.role());
        requireInProgress("Nobody proposed cancelling this deal: it is not agreed");
        CancellationProposal proposal = state.cancellation();
        if (proposal == null) {
            throw new DomainRuleException(Refusal.WRONG_STEP,
                    "Nobody proposed cancelling this deal; propose it yourself if you want to end it");
        }
        if (proposal.proposedBy() == actor.role()) {
            throw new DomainRuleException(Refusal.NOT_YOUR_TURN,
                    "You proposed this cancellation: the other side accepts or refuses it");
        }
        return proposal;
    }

    /** The influencer adds the live link of an approved deliverable; the last one completes the deal. */
    @CommandHandler
    void handle(PublishDeliverableCommand command) {
        DeliverableProgress item = requireDeliverable(command.actor(), Role.INFLUENCER, command.number());
        if (item.status() != DeliverableStatus.APPROVED) {
            throw new DomainRuleException(Refusal.WRONG_STEP, "Only an approved deliverable goes live; this deliverable "
                    + item.status().situation());
        }
        apply(new DeliverableLiveEvent(negotiationId, item.number(), command.url().trim(), command.actor()));
        if (state.allLive()) {
            apply(new NegotiationCompletedEvent(negotiationId, Actor.SYSTEM));
        }
    }

    /**
     * The sponsor did not review a draft in time: it is approved automatically. A deadline of a draft
     * since answered (or superseded by a later draft) changes nothing.
     */
    @DeadlineHandler(deadlineName = REVIEW_DEADLINE)
    void onReviewDeadline(String payload) {
        int slash = payload.indexOf('/');
        int number = Integer.parseInt(payload.substring(0, slash));
        if (state.stillAwaitsReviewBy(number, Instant.parse(payload.substring(slash + 1)))) {
            apply(new DraftApprovedEvent(negotiationId, number, true, Actor.SYSTEM));
        }
    }

    private DeliverableProgress requireDraftUnderReview(Actor actor, int number) {
        DeliverableProgress item = requireDeliverable(actor, Role.SPONSOR, number);
        if (item.status() != DeliverableStatus.SUBMITTED) {
            throw new DomainRuleException(Refusal.WRONG_STEP, "There is no draft of this deliverable to review; it "
                    + item.status().situation());
        }
        return item;
    }

    /** A deliverable of a deal in progress (agreed, not completed), acted on by its sponsor or influencer. */
    private DeliverableProgress requireDeliverable(Actor actor, Role role, int number) {
        requireParty(actor, role);
        requireInProgress("Deliverables are produced once the deal is agreed");
        return state.deliverable(number).orElseThrow(() -> new DomainRuleException(Refusal.UNKNOWN_DELIVERABLE,
                "There is no deliverable " + number + " in this deal"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void requireUnansweredPayment(Actor actor, String paymentId) {
        requireParty(actor, Role.INFLUENCER);
        requireAgreed();
        Payment payment = state.payment(paymentId).orElseThrow(() ->
                new DomainRuleException(Refusal.UNKNOWN_PAYMENT, "There is no such payment in this deal"));
        if (payment.status() != PaymentStatus.RECORDED) {
            throw new DomainRuleException(Refusal.PAYMENT_ANSWERED,
                    "This payment is already " + payment.status().label().toLowerCase());
        }
    }

    private void requireAgreed() {
        if (!state.status().isDeal()) {
            throw new DomainRuleException(Refusal.WRONG_STEP, state.status() == NegotiationStatus.CANCELLED
                    ? CANCELLED : "Payments are recorded once the deal is agreed");
        }
    }

    /** The deal is agreed and going on: not completed, not cancelled; {@code before} says why not otherwise. */
    private void requireInProgress(String before) {
        NegotiationStatus status = state.status();
        if (status != NegotiationStatus.AGREED) {
            throw new DomainRuleException(Refusal.WRONG_STEP, switch (status) {
                case COMPLETED -> "This deal is completed: every deliverable is live";
                case CANCELLED -> CANCELLED;
                default -> before;
            });
        }
    }

    /** A request without terms asks for what its requirements (else its message) say, due at the campaign's end. */
    private static Terms standardTerms(OpenAdRequestCommand command, CommandSideLookups lookups) {
        String description = command.requirements() == null || command.requirements().isBlank()
                ? command.message() : command.requirements();
        return Terms.standard(description, lookups.campaign(command.campaignId()).map(CampaignState::endDate).orElse(null));
    }

    /** Today is the event clock's (UTC), as for a campaign's end date. */
    private static void requireDueNotPassed(Terms terms) {
        if (terms.dueDate() != null
                && terms.dueDate().isBefore(LocalDate.ofInstant(GenericEventMessage.clock.instant(), ZoneOffset.UTC))) {
            throw new DomainRuleException(Refusal.DUE_DATE_PASSED, "terms.dueDate", Rules.DUE_DATE_PASSED);
        }
    }

    /** When an offer made now expires: after the days its sender chose, or the default. */
    private static Instant answerBy(Integer answerWithinDays) {
        int days = answerWithinDays == null ? AnswerWithinDays.DEFAULT : answerWithinDays;
        return GenericEventMessage.clock.instant().plus(Duration.ofDays(days));
    }


    private void requireUnansweredRequestOf(Actor actor) {
        requireParty(actor, Role.SPONSOR);
        requireNotConcluded();
        if (state.answered()) {
            throw new DomainRuleException(Refusal.ALREADY_ANSWERED,
                    "The influencer has already answered; counter, accept or reject instead");
        }
    }

    private void requireTurnOf(Actor actor) {
        requireParty(actor, actor.role());
        requireNotConcluded();
        if (!state.awaits(actor.role())) {
            throw new DomainRuleException(Refusal.NOT_YOUR_TURN, "It is not your turn: wait for the other side's answer");
        }
    }

    private void requireParty(Actor actor, Role role) {
        if (!actor.is(role) || !state.isParty(actor)) {
            throw new DomainRuleException(Refusal.NOT_YOUR_NEGOTIATION, "This ad request is not yours");
        }
    }

    private void requireNotConcluded() {
        if (state.concluded()) {
            throw new DomainRuleException(Refusal.CONCLUDED,
                    "This negotiation is already concluded (" + state.status().name().toLowerCase() + ")");
        }
    }

    @EventSourcingHandler
    void on(NegotiationEvent event) {
        negotiationId = event.negotiationId();
        state = state.apply(event);
    }
}
