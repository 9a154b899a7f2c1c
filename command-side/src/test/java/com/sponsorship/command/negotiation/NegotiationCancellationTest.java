package com.sponsorship.command.negotiation;

import static com.sponsorship.command.FixtureSteps.expectAllowed;
import static com.sponsorship.command.FixtureSteps.expectRefused;
import static com.sponsorship.command.Refusals.constraintViolations;
import static com.sponsorship.command.Refusals.ruleViolation;
import static com.sponsorship.command.negotiation.Negotiations.ADMIN;
import static com.sponsorship.command.negotiation.Negotiations.AGREED;
import static com.sponsorship.command.negotiation.Negotiations.CAMPAIGN_CREATED;
import static com.sponsorship.command.negotiation.Negotiations.CAMPAIGN_ID;
import static com.sponsorship.command.negotiation.Negotiations.CANCELLED;
import static com.sponsorship.command.negotiation.Negotiations.INFLUENCER;
import static com.sponsorship.command.negotiation.Negotiations.NEGOTIATION_ID;
import static com.sponsorship.command.negotiation.Negotiations.NOW;
import static com.sponsorship.command.negotiation.Negotiations.OFFERED;
import static com.sponsorship.command.negotiation.Negotiations.OTHER_INFLUENCER;
import static com.sponsorship.command.negotiation.Negotiations.OTHER_SPONSOR;
import static com.sponsorship.command.negotiation.Negotiations.REJECTED;
import static com.sponsorship.command.negotiation.Negotiations.SPONSOR;
import static com.sponsorship.command.negotiation.Negotiations.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.sponsorship.api.campaign.BudgetCommittedEvent;
import com.sponsorship.api.campaign.BudgetReleasedEvent;
import com.sponsorship.api.campaign.CampaignClosedEvent;
import com.sponsorship.api.campaign.CloseReason;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.common.Rules;
import com.sponsorship.api.negotiation.AcceptCancellationCommand;
import com.sponsorship.api.negotiation.ApproveDraftCommand;
import com.sponsorship.api.negotiation.CancellationProposedEvent;
import com.sponsorship.api.negotiation.CancellationRefusedEvent;
import com.sponsorship.api.negotiation.ChangesRequestedEvent;
import com.sponsorship.api.negotiation.ConfirmPaymentCommand;
import com.sponsorship.api.negotiation.DealCancelledEvent;
import com.sponsorship.api.negotiation.DeliverableDisputedEvent;
import com.sponsorship.api.negotiation.DeliverableLiveEvent;
import com.sponsorship.api.negotiation.DisputeDraftCommand;
import com.sponsorship.api.negotiation.DraftApprovedEvent;
import com.sponsorship.api.negotiation.DraftSubmittedEvent;
import com.sponsorship.api.negotiation.EndDisputedDealCommand;
import com.sponsorship.api.negotiation.NegotiationCompletedEvent;
import com.sponsorship.api.negotiation.PaymentDisputedEvent;
import com.sponsorship.api.negotiation.PaymentMethod;
import com.sponsorship.api.negotiation.PaymentRecordedEvent;
import com.sponsorship.api.negotiation.ProposeCancellationCommand;
import com.sponsorship.api.negotiation.RecordPaymentCommand;
import com.sponsorship.api.negotiation.RefuseCancellationCommand;
import com.sponsorship.api.negotiation.RequestChangesCommand;
import com.sponsorship.api.negotiation.SubmitDraftCommand;
import com.sponsorship.command.InMemoryEventSourcing;
import com.sponsorship.command.campaign.Campaign;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cancelling an agreed deal (proposal, refusal, acceptance through {@link CancellationHandler}, which
 * releases the outstanding amount on the campaign in the same unit of work), the dispute of a draft
 * after the last change round, and an admin ending a disputed deal.
 */
@ExtendWith(EventClockAtNow.class)
class NegotiationCancellationTest {

    /** 500.00 of the campaign's 1000.00 is committed to this deal. */
    private static final BudgetCommittedEvent COMMITTED =
            new BudgetCommittedEvent(CAMPAIGN_ID, NEGOTIATION_ID, amount("500.00"), amount("500.00"), INFLUENCER);

    private static final CancellationProposedEvent SPONSOR_PROPOSED =
            new CancellationProposedEvent(NEGOTIATION_ID, "Our launch is off", SPONSOR);
    private static final CancellationProposedEvent INFLUENCER_PROPOSED =
            new CancellationProposedEvent(NEGOTIATION_ID, "I am ill", INFLUENCER);
    private static final CancellationRefusedEvent INFLUENCER_REFUSED = new CancellationRefusedEvent(NEGOTIATION_ID, INFLUENCER);
    private static final LocalDate PAID_ON = LocalDate.of(2026, 5, 30);
    private static final PaymentRecordedEvent PAID_200 = new PaymentRecordedEvent(NEGOTIATION_ID, "payment-1",
            amount("200.00"), PAID_ON, PaymentMethod.BANK_TRANSFER, "TR-1", SPONSOR);
    private static final PaymentRecordedEvent PAID_100 = new PaymentRecordedEvent(NEGOTIATION_ID, "payment-2",
            amount("100.00"), PAID_ON, PaymentMethod.PAYPAL, "PP-2", SPONSOR);
    private static final PaymentDisputedEvent DISPUTED_100 =
            new PaymentDisputedEvent(NEGOTIATION_ID, "payment-2", "Never arrived", INFLUENCER);
    private static final DealCancelledEvent DEAL_CANCELLED =
            new DealCancelledEvent(NEGOTIATION_ID, CAMPAIGN_ID, amount("500.00"), "Our launch is off", INFLUENCER);

    private static final Instant REVIEW_BY = NOW.plus(Duration.ofDays(5));
    private static final DraftSubmittedEvent SUBMITTED =
            new DraftSubmittedEvent(NEGOTIATION_ID, 1, "https://example.com/draft", null, REVIEW_BY, INFLUENCER);
    private static final ChangesRequestedEvent CHANGES = new ChangesRequestedEvent(NEGOTIATION_ID, 1, "Again", SPONSOR);
    private static final DeliverableDisputedEvent DRAFT_DISPUTED =
            new DeliverableDisputedEvent(NEGOTIATION_ID, 1, "Still off-brand", SPONSOR);

    private InMemoryEventSourcing<Campaign> campaigns;
    private FixtureConfiguration<Negotiation> fixture;
    @BeforeEach
    void setUp() {
        campaigns = Negotiations.campaigns(COMMITTED);
        fixture = Negotiations.fixture(Negotiations.lookups());
        fixture.registerAnnotatedCommandHandler(new CancellationHandler(fixture.getRepository(), campaigns.repository()));
    }

    private static List<Object> history(Object... events) {
        return List.of(events);
    }

    /** The deal after three change rounds, its fourth draft under review. */
    private static List<Object> lastRound(Object... more) {
        List<Object> events = new ArrayList<>(List.of(OFFERED, AGREED, SUBMITTED, CHANGES, SUBMITTED, CHANGES,
                SUBMITTED, CHANGES, SUBMITTED));
        events.addAll(List.of(more));
        return events;
    }

    private static ProposeCancellationCommand propose(Actor actor) {
        return new ProposeCancellationCommand(NEGOTIATION_ID, actor, actor.role() == Role.SPONSOR ? "Our launch is off" : "I am ill");
    }

    private static RefuseCancellationCommand refuse(Actor actor) {
        return new RefuseCancellationCommand(NEGOTIATION_ID, actor);
    }

    private static AcceptCancellationCommand accept(Actor actor) {
        return new AcceptCancellationCommand(NEGOTIATION_ID, actor);
    }

    private static DisputeDraftCommand dispute(Actor actor) {
        return new DisputeDraftCommand(NEGOTIATION_ID, actor, 1, "Still off-brand");
    }

    private static EndDisputedDealCommand end(Actor actor) {
        return new EndDisputedDealCommand(NEGOTIATION_ID, actor, " Parties cannot agree ");
    }

    static Stream<Arguments> allowed() {
        return Stream.of(
                arguments("the sponsor proposes cancelling an agreed deal", history(OFFERED, AGREED), propose(SPONSOR),
                        List.of(SPONSOR_PROPOSED)),
                arguments("the influencer proposes it; the reason is trimmed", history(OFFERED, AGREED),
                        new ProposeCancellationCommand(NEGOTIATION_ID, INFLUENCER, "  I am ill "),
                        List.of(INFLUENCER_PROPOSED)),
                arguments("a proposal again after a refusal", history(OFFERED, AGREED, SPONSOR_PROPOSED, INFLUENCER_REFUSED),
                        propose(SPONSOR), List.of(SPONSOR_PROPOSED)),
                arguments("the influencer refuses the sponsor's proposal", history(OFFERED, AGREED, SPONSOR_PROPOSED),
                        refuse(INFLUENCER), List.of(INFLUENCER_REFUSED)),
                arguments("the sponsor refuses the influencer's proposal", history(OFFERED, AGREED, INFLUENCER_PROPOSED),
                        refuse(SPONSOR), List.of(new CancellationRefusedEvent(NEGOTIATION_ID, SPONSOR))),
                arguments("the deal goes on while a proposal waits", history(OFFERED, AGREED, SPONSOR_PROPOSED),
                        new SubmitDraftCommand(NEGOTIATION_ID, INFLUENCER, 1, "https://example.com/draft", null),
                        List.of(new DraftSubmittedEvent(NEGOTIATION_ID, 1, "https://example.com/draft", null, REVIEW_BY,
                                INFLUENCER))),
                arguments("the sponsor disputes the draft after three change rounds", lastRound(), dispute(SPONSOR),
                        List.of(DRAFT_DISPUTED)),
                arguments("the sponsor still approves a disputed draft", lastRound(DRAFT_DISPUTED),
                        new ApproveDraftCommand(NEGOTIATION_ID, SPONSOR, 1),
                        List.of(new DraftApprovedEvent(NEGOTIATION_ID, 1, false, SPONSOR))),
                arguments("either side proposes cancelling a disputed deal", lastRound(DRAFT_DISPUTED),
                        propose(INFLUENCER), List.of(INFLUENCER_PROPOSED)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowed")
    void anAllowedStepEmitsItsEvents(String rule, List<Object> history, Object command, List<Object> events) {
        expectAllowed(fixture, history, command, events.toArray());
    }

    static Stream<Arguments> refused() {
        List<Object> completed = history(OFFERED, AGREED, SUBMITTED, new DraftApprovedEvent(NEGOTIATION_ID, 1, false, SPONSOR),
                new DeliverableLiveEvent(NEGOTIATION_ID, 1, "https://example.com/live",
                        INFLUENCER), new NegotiationCompletedEvent(NEGOTIATION_ID, Actor.SYSTEM));
        List<Object> cancelled = history(OFFERED, AGREED, SPONSOR_PROPOSED, DEAL_CANCELLED);
        return Stream.of(
                arguments("a proposal before agreement", history(OFFERED), propose(SPONSOR), "wrong-step"),
                arguments("a proposal on a rejected negotiation", history(OFFERED, REJECTED), propose(INFLUENCER),
                        "wrong-step"),
                arguments("a proposal on a negotiation the platform cancelled", history(OFFERED, CANCELLED),
                        propose(SPONSOR), "wrong-step"),
                arguments("a proposal on a completed deal", completed, propose(SPONSOR), "wrong-step"),
                arguments("a proposal on a cancelled deal", cancelled, propose(SPONSOR), "wrong-step"),
                arguments("a second proposal by the same side", history(OFFERED, AGREED, SPONSOR_PROPOSED),
                        propose(SPONSOR), "wrong-step"),
                arguments("a proposal while the other side's waits", history(OFFERED, AGREED, SPONSOR_PROPOSED),
                        propose(INFLUENCER), "wrong-step"),
                arguments("another influencer proposes", history(OFFERED, AGREED), propose(OTHER_INFLUENCER),
                        "not-your-negotiation"),
                arguments("another sponsor proposes", history(OFFERED, AGREED), propose(OTHER_SPONSOR),
                        "not-your-negotiation"),
                arguments("an admin proposes", history(OFFERED, AGREED), propose(ADMIN), "not-your-negotiation"),
                arguments("a refusal without a proposal", history(OFFERED, AGREED), refuse(INFLUENCER), "wrong-step"),
                arguments("a refusal after the proposal was refused",
                        history(OFFERED, AGREED, SPONSOR_PROPOSED, INFLUENCER_REFUSED), refuse(INFLUENCER), "wrong-step"),
                arguments("the proposer refuses its own proposal", history(OFFERED, AGREED, SPONSOR_PROPOSED),
                        refuse(SPONSOR), "not-your-turn"),
                arguments("another influencer refuses", history(OFFERED, AGREED, SPONSOR_PROPOSED),
                        refuse(OTHER_INFLUENCER), "not-your-negotiation"),
                arguments("a refusal after cancellation", cancelled, refuse(INFLUENCER), "wrong-step"),
                arguments("a draft after cancellation", cancelled,
                        new SubmitDraftCommand(NEGOTIATION_ID, INFLUENCER, 1, "https://example.com/draft", null),
                        "wrong-step"),
                arguments("a payment after cancellation", cancelled, new RecordPaymentCommand(NEGOTIATION_ID, SPONSOR,
                        "payment-9", amount("10.00"), PAID_ON, PaymentMethod.OTHER, "X-9"), "wrong-step"),
                arguments("a payment answered after cancellation", history(OFFERED, AGREED, PAID_200, SPONSOR_PROPOSED,
                        DEAL_CANCELLED), new ConfirmPaymentCommand(NEGOTIATION_ID, INFLUENCER, "payment-1"), "wrong-step"),
                arguments("a dispute before the last change round", history(OFFERED, AGREED, SUBMITTED, CHANGES, SUBMITTED),
                        dispute(SPONSOR), "wrong-step"),
                arguments("a dispute without a draft under review", lastRound(CHANGES), dispute(SPONSOR), "wrong-step"),
                arguments("a dispute of a disputed draft", lastRound(DRAFT_DISPUTED), dispute(SPONSOR), "wrong-step"),
                arguments("a fourth change request of a disputed draft", lastRound(DRAFT_DISPUTED),
                        new RequestChangesCommand(NEGOTIATION_ID, SPONSOR, 1, "More"), "wrong-step"),
                arguments("the influencer disputes", lastRound(), dispute(INFLUENCER), "not-your-negotiation"),
                arguments("another sponsor disputes", lastRound(), dispute(OTHER_SPONSOR), "not-your-negotiation"),
                arguments("a dispute after cancellation", lastRound(SPONSOR_PROPOSED,
                        new DealCancelledEvent(NEGOTIATION_ID, CAMPAIGN_ID, amount("500.00"), "x", INFLUENCER)),
                        dispute(SPONSOR), "wrong-step"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void aRefusedStepStoresNothing(String rule, List<Object> history, Object command, String code) {
        expectRefused(fixture, history, command, ruleViolation(code));
    }

    @Test
    void aReasonIsRequiredAndBounded() {
        expectRefused(fixture, history(OFFERED, AGREED), new ProposeCancellationCommand(NEGOTIATION_ID, SPONSOR, " "),
                constraintViolations("reason: " + Rules.REASON_REQUIRED));
        expectRefused(fixture, history(OFFERED, AGREED),
                new ProposeCancellationCommand(NEGOTIATION_ID, SPONSOR, "x".repeat(Rules.TEXT_MAX + 1)),
                constraintViolations("reason: " + Rules.TEXT_TOO_LONG));
        expectRefused(fixture, lastRound(), new DisputeDraftCommand(NEGOTIATION_ID, SPONSOR, 1, null),
                constraintViolations("reason: " + Rules.REASON_REQUIRED));
        expectRefused(fixture, lastRound(DRAFT_DISPUTED), new EndDisputedDealCommand(NEGOTIATION_ID, ADMIN, ""),
                constraintViolations("reason: " + Rules.REASON_REQUIRED));
    }

    static Stream<Arguments> acceptances() {
        return Stream.of(
                arguments("nothing paid: all of it is released", history(OFFERED, AGREED, SPONSOR_PROPOSED), INFLUENCER,
                        "Our launch is off", "500.00", "0.00"),
                arguments("the influencer's proposal, accepted by the sponsor", history(OFFERED, AGREED, INFLUENCER_PROPOSED),
                        SPONSOR, "I am ill", "500.00", "0.00"),
                arguments("after a partial payment only the outstanding; a disputed payment does not count",
                        history(OFFERED, AGREED, PAID_200, PAID_100, DISPUTED_100, SPONSOR_PROPOSED), INFLUENCER,
                        "Our launch is off", "300.00", "200.00"),
                arguments("paid in full: nothing to release", history(OFFERED, AGREED,
                        new PaymentRecordedEvent(NEGOTIATION_ID, "payment-1", amount("500.00"), PAID_ON,
                                PaymentMethod.BANK_TRANSFER, "TR-1", SPONSOR), INFLUENCER_PROPOSED), SPONSOR,
                        "I am ill", "0.00", "500.00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptances")
    void anAcceptedCancellationEndsTheDealAndReleasesTheOutstandingOnTheCampaign(
            String rule, List<Object> negotiation, Actor actor, String reason, String released, String committedTotal) {
        expectAllowed(fixture, negotiation, accept(actor),
                new DealCancelledEvent(NEGOTIATION_ID, CAMPAIGN_ID, amount(released), reason, actor));

        assertThat(campaigns.history(CAMPAIGN_ID)).containsExactly(CAMPAIGN_CREATED, COMMITTED, new BudgetReleasedEvent(
                CAMPAIGN_ID, NEGOTIATION_ID, amount(released), amount(committedTotal), actor));
    }

    @Test
    void aClosedCampaignStillTakesItsBudgetBack() {
        campaigns.given(CAMPAIGN_ID, new CampaignClosedEvent(CAMPAIGN_ID, SPONSOR.accountId(), CloseReason.ENDED,
                Actor.SYSTEM));

        expectAllowed(fixture, history(OFFERED, AGREED, SPONSOR_PROPOSED), accept(INFLUENCER), new DealCancelledEvent(
                NEGOTIATION_ID, CAMPAIGN_ID, amount("500.00"), "Our launch is off", INFLUENCER));

        assertThat(campaigns.history(CAMPAIGN_ID)).last().isEqualTo(new BudgetReleasedEvent(CAMPAIGN_ID, NEGOTIATION_ID,
                amount("500.00"), amount("0.00"), INFLUENCER));
    }

    static Stream<Arguments> refusedAcceptances() {
        return Stream.of(
                arguments("without a proposal", history(OFFERED, AGREED), INFLUENCER, "wrong-step"),
                arguments("after a refusal", history(OFFERED, AGREED, SPONSOR_PROPOSED, INFLUENCER_REFUSED), INFLUENCER,
                        "wrong-step"),
                arguments("by the proposer", history(OFFERED, AGREED, SPONSOR_PROPOSED), SPONSOR, "not-your-turn"),
                arguments("by another influencer", history(OFFERED, AGREED, SPONSOR_PROPOSED), OTHER_INFLUENCER,
                        "not-your-negotiation"),
                arguments("by an admin", history(OFFERED, AGREED, SPONSOR_PROPOSED), ADMIN, "not-your-negotiation"),
                arguments("twice", history(OFFERED, AGREED, SPONSOR_PROPOSED, DEAL_CANCELLED), INFLUENCER, "wrong-step"),
                arguments("before agreement", history(OFFERED), INFLUENCER, "wrong-step"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedAcceptances")
    void aRefusedAcceptanceLeavesTheDealAndTheBudgetAsTheyWere(String rule, List<Object> negotiation, Actor actor,
                                                                 String code) {
        expectRefused(fixture, negotiation, accept(actor), ruleViolation(code));

        assertThat(campaigns.history(CAMPAIGN_ID)).containsExactly(CAMPAIGN_CREATED, COMMITTED);
    }

    @Test
    void anAdminEndsADisputedDealAndReleasesTheOutstanding() {
        List<Object> disputedAfterPayment = new ArrayList<>(lastRound(DRAFT_DISPUTED));
        disputedAfterPayment.add(PAID_200);

        expectAllowed(fixture, disputedAfterPayment, end(ADMIN), new DealCancelledEvent(NEGOTIATION_ID, CAMPAIGN_ID,
                amount("300.00"), "Parties cannot agree", ADMIN));

        assertThat(campaigns.history(CAMPAIGN_ID)).last().isEqualTo(new BudgetReleasedEvent(CAMPAIGN_ID, NEGOTIATION_ID,
                amount("300.00"), amount("200.00"), ADMIN));
    }

    static Stream<Arguments> refusedEndings() {
        return Stream.of(
                arguments("a deal without a dispute", history(OFFERED, AGREED), ADMIN, "wrong-step"),
                arguments("a draft in its last round, not disputed", lastRound(), ADMIN, "wrong-step"),
                arguments("a dispute resolved by approval", lastRound(DRAFT_DISPUTED,
                        new DraftApprovedEvent(NEGOTIATION_ID, 1, false, SPONSOR)), ADMIN, "wrong-step"),
                arguments("a negotiation before agreement", history(OFFERED), ADMIN, "wrong-step"),
                arguments("by the sponsor", lastRound(DRAFT_DISPUTED), SPONSOR, "wrong-role"),
                arguments("by the influencer", lastRound(DRAFT_DISPUTED), INFLUENCER, "wrong-role"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedEndings")
    void onlyAnAdminEndsOnlyADisputedDeal(String rule, List<Object> negotiation, Actor actor, String code) {
        expectRefused(fixture, negotiation, end(actor), ruleViolation(code));

        assertThat(campaigns.history(CAMPAIGN_ID)).containsExactly(CAMPAIGN_CREATED, COMMITTED);
    }

    @Test
    void aDisputedDraftIsNotApprovedAutomatically() {
        fixture.given(lastRound().subList(0, 8))
                .andGivenCommands(new SubmitDraftCommand(NEGOTIATION_ID, INFLUENCER, 1, "https://example.com/draft", null),
                        dispute(SPONSOR))
                .whenTimeElapses(Duration.ofDays(6))
                .expectNoEvents();
    }

    @Test
    void aReviewDeadlineOfACancelledDealChangesNothing() {
        fixture.given(OFFERED, AGREED)
                .andGivenCommands(new SubmitDraftCommand(NEGOTIATION_ID, INFLUENCER, 1, "https://example.com/draft", null),
                        propose(SPONSOR), accept(INFLUENCER))
                .whenTimeElapses(Duration.ofDays(6))
                .expectTriggeredDeadlinesWithName(Negotiation.REVIEW_DEADLINE)
                .expectNoEvents();
    }
}
