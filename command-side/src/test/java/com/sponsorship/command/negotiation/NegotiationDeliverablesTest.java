package com.sponsorship.command.negotiation;

import static com.sponsorship.command.FixtureSteps.expectAllowed;
import static com.sponsorship.command.FixtureSteps.expectRefused;
import static com.sponsorship.command.Refusals.constraintViolations;
import static com.sponsorship.command.Refusals.ruleViolation;
import static com.sponsorship.command.negotiation.Negotiations.ADMIN;
import static com.sponsorship.command.negotiation.Negotiations.CAMPAIGN_END;
import static com.sponsorship.command.negotiation.Negotiations.CAMPAIGN_ID;
import static com.sponsorship.command.negotiation.Negotiations.INFLUENCER;
import static com.sponsorship.command.negotiation.Negotiations.NEGOTIATION_ID;
import static com.sponsorship.command.negotiation.Negotiations.NOW;
import static com.sponsorship.command.negotiation.Negotiations.OFFERED;
import static com.sponsorship.command.negotiation.Negotiations.OTHER_INFLUENCER;
import static com.sponsorship.command.negotiation.Negotiations.OTHER_SPONSOR;
import static com.sponsorship.command.negotiation.Negotiations.REJECTED;
import static com.sponsorship.command.negotiation.Negotiations.SPONSOR;
import static com.sponsorship.command.negotiation.Negotiations.amount;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Rules;
import com.sponsorship.api.negotiation.ApproveDraftCommand;
import com.sponsorship.api.negotiation.ChangesRequestedEvent;
import com.sponsorship.api.negotiation.Deliverable;
import com.sponsorship.api.negotiation.DeliverableKind;
import com.sponsorship.api.negotiation.DeliverableLiveEvent;
import com.sponsorship.api.negotiation.DraftApprovedEvent;
import com.sponsorship.api.negotiation.DraftSubmittedEvent;
import com.sponsorship.api.negotiation.NegotiationAgreedEvent;
import com.sponsorship.api.negotiation.NegotiationCompletedEvent;
import com.sponsorship.api.negotiation.PaymentMethod;
import com.sponsorship.api.negotiation.PaymentRecordedEvent;
import com.sponsorship.api.negotiation.PublishDeliverableCommand;
import com.sponsorship.api.negotiation.RecordPaymentCommand;
import com.sponsorship.api.negotiation.RequestChangesCommand;
import com.sponsorship.api.negotiation.SubmitDraftCommand;
import com.sponsorship.api.negotiation.Terms;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Drafts, reviews and live links of an agreed deal with two deliverables, and its completion. */
@ExtendWith(EventClockAtNow.class)
class NegotiationDeliverablesTest {

    private static final Terms TWO = new Terms(List.of(new Deliverable(DeliverableKind.INSTAGRAM_REEL, 2, "Unboxing"),
            new Deliverable(DeliverableKind.BLOG_POST, 1, "Review")), CAMPAIGN_END, 0, 0);
    private static final NegotiationAgreedEvent AGREED = new NegotiationAgreedEvent(NEGOTIATION_ID, CAMPAIGN_ID,
            SPONSOR.accountId(), INFLUENCER.accountId(), amount("500.00"), INFLUENCER, TWO, TWO.digest());
    private static final Instant REVIEW_BY = NOW.plus(Duration.ofDays(5));
    private static final String DRAFT = "https://example.com/draft-1";
    private static final String LIVE = "https://instagram.com/p/live-1";
    private static final DraftSubmittedEvent SUBMITTED_1 = submitted(1);
    private static final ChangesRequestedEvent CHANGES_1 = new ChangesRequestedEvent(NEGOTIATION_ID, 1, "Brighter", SPONSOR);
    private static final DraftApprovedEvent APPROVED_1 = new DraftApprovedEvent(NEGOTIATION_ID, 1, false, SPONSOR);
    private static final DraftApprovedEvent APPROVED_2 = new DraftApprovedEvent(NEGOTIATION_ID, 2, false, SPONSOR);
    private static final DeliverableLiveEvent LIVE_1 = new DeliverableLiveEvent(NEGOTIATION_ID, 1, LIVE, INFLUENCER);
    private static final DeliverableLiveEvent LIVE_2 = new DeliverableLiveEvent(NEGOTIATION_ID, 2, LIVE, INFLUENCER);
    private static final NegotiationCompletedEvent COMPLETED = new NegotiationCompletedEvent(NEGOTIATION_ID, Actor.SYSTEM);

    private FixtureConfiguration<Negotiation> fixture;

    @BeforeEach
    void setUp() {
        fixture = Negotiations.fixture(Negotiations.lookups());
    }

    private static DraftSubmittedEvent submitted(int number) {
        return new DraftSubmittedEvent(NEGOTIATION_ID, number, DRAFT, "First cut", REVIEW_BY, INFLUENCER);
    }

    private static SubmitDraftCommand draft(Actor actor, int number) {
        return new SubmitDraftCommand(NEGOTIATION_ID, actor, number, DRAFT, "First cut");
    }

    private static ApproveDraftCommand approve(Actor actor, int number) {
        return new ApproveDraftCommand(NEGOTIATION_ID, actor, number);
    }

    private static RequestChangesCommand changes(Actor actor, int number) {
        return new RequestChangesCommand(NEGOTIATION_ID, actor, number, "Brighter");
    }

    private static PublishDeliverableCommand live(Actor actor, int number) {
        return new PublishDeliverableCommand(NEGOTIATION_ID, actor, number, LIVE);
    }

    private static List<Object> history(Object... events) {
        return List.of(events);
    }

    static Stream<Arguments> allowed() {
        return Stream.of(
                arguments("the influencer submits a first draft", history(OFFERED, AGREED), draft(INFLUENCER, 1),
                        List.of(SUBMITTED_1)),
                arguments("a draft without a note; the link is trimmed", history(OFFERED, AGREED),
                        new SubmitDraftCommand(NEGOTIATION_ID, INFLUENCER, 2, " " + DRAFT + " ", " "),
                        List.of(new DraftSubmittedEvent(NEGOTIATION_ID, 2, DRAFT, null, REVIEW_BY, INFLUENCER))),
                arguments("the sponsor approves a submitted draft", history(OFFERED, AGREED, SUBMITTED_1),
                        approve(SPONSOR, 1), List.of(APPROVED_1)),
                arguments("the sponsor requests changes", history(OFFERED, AGREED, SUBMITTED_1), changes(SPONSOR, 1),
                        List.of(CHANGES_1)),
                arguments("a new draft after changes were requested", history(OFFERED, AGREED, SUBMITTED_1, CHANGES_1),
                        draft(INFLUENCER, 1), List.of(SUBMITTED_1)),
                arguments("a third change request", history(OFFERED, AGREED, SUBMITTED_1, CHANGES_1, SUBMITTED_1,
                        CHANGES_1, SUBMITTED_1), changes(SPONSOR, 1), List.of(CHANGES_1)),
                arguments("approval after three change rounds", history(OFFERED, AGREED, SUBMITTED_1, CHANGES_1,
                        SUBMITTED_1, CHANGES_1, SUBMITTED_1, CHANGES_1, SUBMITTED_1), approve(SPONSOR, 1),
                        List.of(APPROVED_1)),
                arguments("the live link of an approved deliverable", history(OFFERED, AGREED, SUBMITTED_1, APPROVED_1),
                        live(INFLUENCER, 1), List.of(LIVE_1)),
                arguments("the last live link completes the deal", history(OFFERED, AGREED, SUBMITTED_1, APPROVED_1,
                        LIVE_1, submitted(2), APPROVED_2), live(INFLUENCER, 2), List.of(LIVE_2, COMPLETED)),
                arguments("a payment after completion", history(OFFERED, AGREED, SUBMITTED_1, APPROVED_1, LIVE_1,
                        submitted(2), APPROVED_2, LIVE_2, COMPLETED),
                        new RecordPaymentCommand(NEGOTIATION_ID, SPONSOR, "payment-1", amount("500.00"),
                                LocalDate.of(2026, 5, 30), PaymentMethod.PAYPAL, "PP-1"),
                        List.of(new PaymentRecordedEvent(NEGOTIATION_ID, "payment-1", amount("500.00"),
                                LocalDate.of(2026, 5, 30), PaymentMethod.PAYPAL, "PP-1", SPONSOR))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowed")
    void anAllowedStepEmitsItsEvents(String rule, List<Object> history, Object command, List<Object> events) {
        expectAllowed(fixture, history, command, events.toArray());
    }

    static Stream<Arguments> refused() {
        List<Object> fourRounds = history(OFFERED, AGREED, SUBMITTED_1, CHANGES_1, SUBMITTED_1, CHANGES_1, SUBMITTED_1,
                CHANGES_1, SUBMITTED_1);
        List<Object> completed = history(OFFERED, AGREED, SUBMITTED_1, APPROVED_1, LIVE_1, submitted(2), APPROVED_2,
                LIVE_2, COMPLETED);
        return Stream.of(
                arguments("a draft before agreement", history(OFFERED), draft(INFLUENCER, 1), "wrong-step"),
                arguments("a draft of a rejected negotiation", history(OFFERED, REJECTED), draft(INFLUENCER, 1),
                        "wrong-step"),
                arguments("a draft after completion", completed, draft(INFLUENCER, 1), "wrong-step"),
                arguments("a second draft while one is under review", history(OFFERED, AGREED, SUBMITTED_1),
                        draft(INFLUENCER, 1), "wrong-step"),
                arguments("a draft of an approved deliverable", history(OFFERED, AGREED, SUBMITTED_1, APPROVED_1),
                        draft(INFLUENCER, 1), "wrong-step"),
                arguments("a draft of a deliverable that does not exist", history(OFFERED, AGREED),
                        draft(INFLUENCER, 3), "unknown-deliverable"),
                arguments("the sponsor submits a draft", history(OFFERED, AGREED), draft(SPONSOR, 1),
                        "not-your-negotiation"),
                arguments("another influencer submits a draft", history(OFFERED, AGREED), draft(OTHER_INFLUENCER, 1),
                        "not-your-negotiation"),
                arguments("approval without a draft", history(OFFERED, AGREED), approve(SPONSOR, 1), "wrong-step"),
                arguments("approval twice", history(OFFERED, AGREED, SUBMITTED_1, APPROVED_1), approve(SPONSOR, 1),
                        "wrong-step"),
                arguments("approval after changes were requested", history(OFFERED, AGREED, SUBMITTED_1, CHANGES_1),
                        approve(SPONSOR, 1), "wrong-step"),
                arguments("the influencer approves", history(OFFERED, AGREED, SUBMITTED_1), approve(INFLUENCER, 1),
                        "not-your-negotiation"),
                arguments("another sponsor approves", history(OFFERED, AGREED, SUBMITTED_1), approve(OTHER_SPONSOR, 1),
                        "not-your-negotiation"),
                arguments("an admin approves", history(OFFERED, AGREED, SUBMITTED_1), approve(ADMIN, 1),
                        "not-your-negotiation"),
                arguments("changes without a draft", history(OFFERED, AGREED), changes(SPONSOR, 1), "wrong-step"),
                arguments("a fourth change request", fourRounds, changes(SPONSOR, 1), "wrong-step"),
                arguments("the influencer requests changes", history(OFFERED, AGREED, SUBMITTED_1),
                        changes(INFLUENCER, 1), "not-your-negotiation"),
                arguments("live before approval", history(OFFERED, AGREED, SUBMITTED_1), live(INFLUENCER, 1),
                        "wrong-step"),
                arguments("live twice", history(OFFERED, AGREED, SUBMITTED_1, APPROVED_1, LIVE_1), live(INFLUENCER, 1),
                        "wrong-step"),
                arguments("the sponsor adds the live link", history(OFFERED, AGREED, SUBMITTED_1, APPROVED_1),
                        live(SPONSOR, 1), "not-your-negotiation"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void aRefusedStepStoresNothing(String rule, List<Object> history, Object command, String code) {
        expectRefused(fixture, history, command, ruleViolation(code));
    }

    @Test
    void badInputIsRefusedFieldByField() {
        expectRefused(fixture, history(OFFERED, AGREED),
                new SubmitDraftCommand(NEGOTIATION_ID, INFLUENCER, 0, "ftp://example.com/x", "x".repeat(251)),
                constraintViolations("number: " + Rules.DELIVERABLE_NUMBER_REQUIRED, "url: " + Rules.LINK_INVALID,
                        "note: " + Rules.TEXT_TOO_LONG));
        expectRefused(fixture, history(OFFERED, AGREED), new SubmitDraftCommand(NEGOTIATION_ID, INFLUENCER, 1, " ", null),
                constraintViolations("url: " + Rules.LINK_REQUIRED));
        expectRefused(fixture, history(OFFERED, AGREED, SUBMITTED_1, APPROVED_1),
                new PublishDeliverableCommand(NEGOTIATION_ID, INFLUENCER, 1, "example.com/no-scheme"),
                constraintViolations("url: " + Rules.LINK_INVALID));
        expectRefused(fixture, history(OFFERED, AGREED, SUBMITTED_1),
                new RequestChangesCommand(NEGOTIATION_ID, SPONSOR, 1, ""),
                constraintViolations("note: " + Rules.CHANGES_NOTE_REQUIRED));
    }

    @Test
    void aDraftLeftUnreviewedIsApprovedAutomaticallyAfterFiveDays() {
        fixture.given(OFFERED, AGREED)
                .andGivenCommands(draft(INFLUENCER, 1))
                .whenTimeElapses(Duration.ofDays(5))
                .expectTriggeredDeadlinesWithName(Negotiation.REVIEW_DEADLINE)
                .expectEvents(new DraftApprovedEvent(NEGOTIATION_ID, 1, true, Actor.SYSTEM));
    }

    @Test
    void submittingADraftSchedulesItsReview() {
        fixture.given(OFFERED, AGREED).when(draft(INFLUENCER, 1))
                .expectScheduledDeadlineWithName(Duration.ofDays(5), Negotiation.REVIEW_DEADLINE)
                .expectScheduledDeadline(Duration.ofDays(5), "1/" + REVIEW_BY);
    }

    @Test
    void theSponsorsAnswerMakesTheDeadlineHarmless() {
        fixture.given(OFFERED, AGREED)
                .andGivenCommands(draft(INFLUENCER, 1), changes(SPONSOR, 1))
                .whenTimeElapses(Duration.ofDays(5))
                .expectNoEvents();
        fixture.given(OFFERED, AGREED)
                .andGivenCommands(draft(INFLUENCER, 1), approve(SPONSOR, 1))
                .whenTimeElapses(Duration.ofDays(6))
                .expectNoEvents();
    }

    @Test
    void aDeadlineOfAnEarlierDraftChangesNothing() {
        fixture.given(OFFERED, AGREED, new DraftSubmittedEvent(NEGOTIATION_ID, 1, DRAFT, null, NOW, INFLUENCER),
                        CHANGES_1, SUBMITTED_1)
                .whenThenTimeAdvancesTo(NOW.plus(Duration.ofDays(1)))
                .expectNoEvents();
    }
}
