package com.sponsorship.command.negotiation;

import static com.sponsorship.command.FixtureSteps.expectAllowed;
import static com.sponsorship.command.FixtureSteps.expectRefused;
import static com.sponsorship.command.Refusals.constraintViolations;
import static com.sponsorship.command.Refusals.ruleViolation;
import static com.sponsorship.command.negotiation.Negotiations.ANSWER_BY;
import static com.sponsorship.command.negotiation.Negotiations.APPLIED;
import static com.sponsorship.command.negotiation.Negotiations.CAMPAIGN_ID;
import static com.sponsorship.command.negotiation.Negotiations.INFLUENCER;
import static com.sponsorship.command.negotiation.Negotiations.NEGOTIATION_ID;
import static com.sponsorship.command.negotiation.Negotiations.NOW;
import static com.sponsorship.command.negotiation.Negotiations.OFFERED;
import static com.sponsorship.command.negotiation.Negotiations.PUBLISHED;
import static com.sponsorship.command.negotiation.Negotiations.SPONSOR;
import static com.sponsorship.command.negotiation.Negotiations.STANDARD_TERMS;
import static com.sponsorship.command.negotiation.Negotiations.amount;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Rules;
import com.sponsorship.api.negotiation.AdRequestOpenedEvent;
import com.sponsorship.api.negotiation.ApplyToAdRequestCommand;
import com.sponsorship.api.negotiation.CounterOfferCommand;
import com.sponsorship.api.negotiation.CounterOfferMadeEvent;
import com.sponsorship.api.negotiation.Deliverable;
import com.sponsorship.api.negotiation.DeliverableKind;
import com.sponsorship.api.negotiation.InfluencerAppliedEvent;
import com.sponsorship.api.negotiation.NegotiationExpiredEvent;
import com.sponsorship.api.negotiation.NegotiationRejectedEvent;
import com.sponsorship.api.negotiation.OpenAdRequestCommand;
import com.sponsorship.api.negotiation.RejectOfferCommand;
import com.sponsorship.api.negotiation.Terms;
import com.sponsorship.api.negotiation.WithdrawAdRequestCommand;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Terms on every offer, and the answer deadline each offer sets. */
@ExtendWith(EventClockAtNow.class)
class NegotiationTermsTest {

    private static final Terms TERMS = new Terms(List.of(
            new Deliverable(DeliverableKind.INSTAGRAM_REEL, 2, "Unboxing"),
            new Deliverable(DeliverableKind.INSTAGRAM_STORY, 3, null)),
            LocalDate.of(2026, 7, 15), 6, 30);
    private static final Terms COUNTER_TERMS = new Terms(List.of(new Deliverable(DeliverableKind.TIKTOK_VIDEO, 1, "One take")),
            LocalDate.of(2026, 7, 31), 0, 0);

    private FixtureConfiguration<Negotiation> fixture;

    @BeforeEach
    void setUp() {
        fixture = Negotiations.fixture(Negotiations.lookups());
    }

    private static OpenAdRequestCommand open(Terms terms, Integer answerWithinDays) {
        return new OpenAdRequestCommand(NEGOTIATION_ID, SPONSOR, CAMPAIGN_ID, INFLUENCER.accountId(), "Promote our drinks",
                "Two posts", amount("500.00"), terms, answerWithinDays);
    }

    private static AdRequestOpenedEvent opened(Terms terms, Instant answerBy) {
        return new AdRequestOpenedEvent(NEGOTIATION_ID, CAMPAIGN_ID, SPONSOR.accountId(), INFLUENCER.accountId(),
                "Promote our drinks", "Two posts", amount("500.00"), SPONSOR, terms, answerBy);
    }

    private static CounterOfferCommand counter(Actor actor, String amount, Terms terms, Integer answerWithinDays) {
        return new CounterOfferCommand(NEGOTIATION_ID, actor, amount(amount), "How about this?", terms, answerWithinDays);
    }

    @Test
    void aRequestCarriesItsTermsAndWaitsTheChosenDays() {
        expectAllowed(fixture, List.of(), open(TERMS, 3), opened(TERMS, NOW.plus(Duration.ofDays(3))))
                .expectScheduledDeadline(Duration.ofDays(3), NOW.plus(Duration.ofDays(3)));
    }

    @Test
    void aRequestWithoutTermsAsksForItsRequirementsDueAtTheCampaignsEndAndWaitsSevenDays() {
        expectAllowed(fixture, List.of(), open(null, null), opened(STANDARD_TERMS, ANSWER_BY))
                .expectScheduledDeadline(Duration.ofDays(7), ANSWER_BY)
                .expectScheduledDeadlineWithName(Duration.ofDays(7), Negotiation.ANSWER_DEADLINE);
    }

    @Test
    void aCounterOfferMayChangeOnlyTheTerms() {
        expectAllowed(fixture, List.of(opened(TERMS, ANSWER_BY)), counter(INFLUENCER, "500.00", COUNTER_TERMS, 10),
                new CounterOfferMadeEvent(NEGOTIATION_ID, amount("500.00"), "How about this?", INFLUENCER, COUNTER_TERMS,
                        NOW.plus(Duration.ofDays(10))))
                .expectScheduledDeadline(Duration.ofDays(10), NOW.plus(Duration.ofDays(10)));
    }

    @Test
    void aCounterOfferWithoutTermsKeepsThoseOnTheTable() {
        expectAllowed(fixture, List.of(opened(TERMS, ANSWER_BY)), counter(INFLUENCER, "650.00", null, null),
                new CounterOfferMadeEvent(NEGOTIATION_ID, amount("650.00"), "How about this?", INFLUENCER, TERMS, ANSWER_BY));
    }

    @Test
    void applyingKeepsTheRequestsTerms() {
        expectAllowed(fixture, List.of(PUBLISHED), new ApplyToAdRequestCommand(NEGOTIATION_ID, INFLUENCER, amount("450.00"),
                "I can do it", 2), new InfluencerAppliedEvent(NEGOTIATION_ID, INFLUENCER.accountId(), amount("450.00"),
                "I can do it", INFLUENCER, STANDARD_TERMS, NOW.plus(Duration.ofDays(2))));
    }

    @Test
    void anAnswerTimeOf0Or31DaysIsRefused() {
        expectRefused(fixture, List.of(), open(TERMS, 0), constraintViolations("answerWithinDays: " + Rules.ANSWER_WITHIN_RANGE));
        expectRefused(fixture, List.of(), open(TERMS, 31), constraintViolations("answerWithinDays: " + Rules.ANSWER_WITHIN_RANGE));
        expectRefused(fixture, List.of(OFFERED), counter(INFLUENCER, "600.00", null, 31),
                constraintViolations("answerWithinDays: " + Rules.ANSWER_WITHIN_RANGE));
    }

    @Test
    void badTermsAreRefusedFieldByField() {
        Terms bad = new Terms(List.of(new Deliverable(null, 0, "ok")), null, -1, 0);
        expectRefused(fixture, List.of(), open(bad, null), constraintViolations(
                "terms.deliverables[0].kind: " + Rules.DELIVERABLE_KIND_REQUIRED,
                "terms.deliverables[0].count: " + Rules.DELIVERABLE_COUNT_RANGE,
                "terms.dueDate: " + Rules.DUE_DATE_REQUIRED,
                "terms.usageRightsMonths: " + Rules.USAGE_RIGHTS_RANGE));
    }

    @Test
    void aDueDateInThePastIsRefused() {
        Terms late = new Terms(TERMS.deliverables(), LocalDate.of(2026, 5, 31), 0, 0);
        expectRefused(fixture, List.of(), open(late, null), ruleViolation("due-date-passed"));
        expectRefused(fixture, List.of(OFFERED), counter(INFLUENCER, "600.00", late, null), ruleViolation("due-date-passed"));
    }

    @Test
    void anUnansweredOfferExpiresWhenItsDeadlinePasses() {
        fixture.givenCommands(open(TERMS, 3))
                .whenTimeElapses(Duration.ofDays(3))
                .expectTriggeredDeadlinesWithName(Negotiation.ANSWER_DEADLINE)
                .expectEvents(new NegotiationExpiredEvent(NEGOTIATION_ID, NOW.plus(Duration.ofDays(3)), Actor.SYSTEM));
    }

    /** Deadlines are not cancelled (see {@link Negotiation#ANSWER_DEADLINE}): the answered offer's fires and changes nothing. */
    @Test
    void anAnswerBeforeTheDeadlineMakesItHarmlessAndNothingExpires() {
        fixture.givenCommands(open(TERMS, 3), new RejectOfferCommand(NEGOTIATION_ID, INFLUENCER, "No"))
                .whenTimeElapses(Duration.ofDays(30))
                .expectTriggeredDeadlinesWithName(Negotiation.ANSWER_DEADLINE)
                .expectNoEvents();
    }

    @Test
    void aCounterOfferSupersedesTheDeadlineOfTheOfferItAnswers() {
        fixture.givenCommands(open(TERMS, 3), counter(INFLUENCER, "600.00", null, 10))
                .whenTimeElapses(Duration.ofDays(5))
                .expectTriggeredDeadlinesWithName(Negotiation.ANSWER_DEADLINE)
                .expectNoEvents()
                .expectScheduledDeadline(Duration.ofDays(5), NOW.plus(Duration.ofDays(10)));
    }

    @Test
    void aWithdrawnRequestsDeadlineChangesNothing() {
        fixture.givenCommands(open(null, null), new WithdrawAdRequestCommand(NEGOTIATION_ID, SPONSOR))
                .whenTimeElapses(Duration.ofDays(8))
                .expectTriggeredDeadlinesWithName(Negotiation.ANSWER_DEADLINE)
                .expectNoEvents();
    }

    @Test
    void aDeadlineOfAnOfferSinceAnsweredChangesNothing() {
        fixture.given(OFFERED, new NegotiationRejectedEvent(NEGOTIATION_ID, "No", INFLUENCER))
                .whenThenTimeAdvancesTo(ANSWER_BY)
                .expectNoEvents();
    }
}
