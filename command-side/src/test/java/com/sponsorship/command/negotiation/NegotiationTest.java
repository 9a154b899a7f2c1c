package com.sponsorship.command.negotiation;

import static com.sponsorship.command.FixtureSteps.expectAllowed;
import static com.sponsorship.command.FixtureSteps.expectRefused;
import static com.sponsorship.command.Refusals.constraintViolations;
import static com.sponsorship.command.Refusals.ruleViolation;
import static com.sponsorship.command.negotiation.Negotiations.ADMIN;
import static com.sponsorship.command.negotiation.Negotiations.AGREED;
import static com.sponsorship.command.negotiation.Negotiations.APPLIED;
import static com.sponsorship.command.negotiation.Negotiations.AUDITOR;
import static com.sponsorship.command.negotiation.Negotiations.CAMPAIGN_ID;
import static com.sponsorship.command.negotiation.Negotiations.CANCELLED;
import static com.sponsorship.command.negotiation.Negotiations.INFLUENCER;
import static com.sponsorship.command.negotiation.Negotiations.INFLUENCER_COUNTERED;
import static com.sponsorship.command.negotiation.Negotiations.NEGOTIATION_ID;
import static com.sponsorship.command.negotiation.Negotiations.OFFERED;
import static com.sponsorship.command.negotiation.Negotiations.OTHER_INFLUENCER;
import static com.sponsorship.command.negotiation.Negotiations.OTHER_SPONSOR;
import static com.sponsorship.command.negotiation.Negotiations.PUBLISHED;
import static com.sponsorship.command.negotiation.Negotiations.REJECTED;
import static com.sponsorship.command.negotiation.Negotiations.SPONSOR;
import static com.sponsorship.command.negotiation.Negotiations.SPONSOR_COUNTERED;
import static com.sponsorship.command.negotiation.Negotiations.WITHDRAWN;
import static com.sponsorship.command.negotiation.Negotiations.amount;
import static com.sponsorship.command.negotiation.Negotiations.countered;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Rules;
import com.sponsorship.api.negotiation.AdRequestEditedEvent;
import com.sponsorship.api.negotiation.AdRequestWithdrawnEvent;
import com.sponsorship.api.negotiation.ApplyToAdRequestCommand;
import com.sponsorship.api.negotiation.CancelNegotiationCommand;
import com.sponsorship.api.negotiation.CounterOfferCommand;
import com.sponsorship.api.negotiation.EditAdRequestCommand;
import com.sponsorship.api.negotiation.NegotiationCancelledEvent;
import com.sponsorship.api.negotiation.NegotiationRejectedEvent;
import com.sponsorship.api.negotiation.OpenAdRequestCommand;
import com.sponsorship.api.negotiation.RejectOfferCommand;
import com.sponsorship.api.negotiation.WithdrawAdRequestCommand;
import com.sponsorship.command.lookup.InMemoryCommandSideLookups;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(EventClockAtNow.class)
class NegotiationTest {

    private static final ApplyToAdRequestCommand APPLY = apply(INFLUENCER, "450.00");
    private static final String CANCEL_REASON = "Campaign closed: closed by its sponsor";

    private InMemoryCommandSideLookups lookups;
    private FixtureConfiguration<Negotiation> fixture;

    @BeforeEach
    void setUp() {
        lookups = Negotiations.lookups();
        fixture = Negotiations.fixture(lookups);
    }

    private static OpenAdRequestCommand open(Actor actor, String campaignId, String influencerId, String amount) {
        return new OpenAdRequestCommand(NEGOTIATION_ID, actor, campaignId, influencerId, "Promote our drinks",
                "Two posts", amount(amount));
    }

    private static OpenAdRequestCommand open(Actor actor, String influencerId) {
        return open(actor, CAMPAIGN_ID, influencerId, "500.00");
    }

    private static ApplyToAdRequestCommand apply(Actor actor, String amount) {
        return new ApplyToAdRequestCommand(NEGOTIATION_ID, actor, amount(amount), "I can do it");
    }

    private static CounterOfferCommand counter(Actor actor, String amount) {
        return new CounterOfferCommand(NEGOTIATION_ID, actor, amount(amount), "How about this?");
    }

    private static RejectOfferCommand reject(Actor actor) {
        return new RejectOfferCommand(NEGOTIATION_ID, actor, "No thanks");
    }

    private static EditAdRequestCommand edit(Actor actor, String amount) {
        return new EditAdRequestCommand(NEGOTIATION_ID, actor, "Promote our new drinks", "Three posts", amount(amount));
    }

    private static WithdrawAdRequestCommand withdraw(Actor actor) {
        return new WithdrawAdRequestCommand(NEGOTIATION_ID, actor);
    }

    private static CancelNegotiationCommand cancel(Actor actor) {
        return new CancelNegotiationCommand(NEGOTIATION_ID, actor, CANCEL_REASON);
    }

    private static List<Object> history(Object... events) {
        return List.of(events);
    }

    // ---- allowed: each emits exactly its event, with the actor who did it

    static Stream<Arguments> opening() {
        return Stream.of(
                arguments("a sponsor offers its campaign to one influencer", history(), open(SPONSOR, INFLUENCER.accountId()),
                        OFFERED),
                arguments("a sponsor publishes a request open to any influencer", history(), open(SPONSOR, null),
                        PUBLISHED));
    }

    static Stream<Arguments> answering() {
        return Stream.of(
                arguments("an influencer applies to an open request", history(PUBLISHED), APPLY,
                        APPLIED),
                arguments("the influencer counters the offer addressed to it", history(OFFERED),
                        counter(INFLUENCER, "600.00"), INFLUENCER_COUNTERED),
                arguments("the sponsor counters an application", history(PUBLISHED, APPLIED), counter(SPONSOR, "550.00"),
                        SPONSOR_COUNTERED),
                arguments("the sponsor counters the influencer's counter-offer", history(OFFERED, INFLUENCER_COUNTERED),
                        counter(SPONSOR, "550.00"), SPONSOR_COUNTERED),
                arguments("the influencer counters the sponsor's counter-offer",
                        history(OFFERED, INFLUENCER_COUNTERED, SPONSOR_COUNTERED), counter(INFLUENCER, "525.00"),
                        countered(INFLUENCER, "525.00")),
                arguments("the influencer rejects the offer", history(OFFERED), reject(INFLUENCER),
                        new NegotiationRejectedEvent(NEGOTIATION_ID, "No thanks", INFLUENCER)),
                arguments("the sponsor rejects an application", history(PUBLISHED, APPLIED), reject(SPONSOR),
                        new NegotiationRejectedEvent(NEGOTIATION_ID, "No thanks", SPONSOR)),
                arguments("the sponsor rejects a counter-offer", history(OFFERED, INFLUENCER_COUNTERED), reject(SPONSOR),
                        new NegotiationRejectedEvent(NEGOTIATION_ID, "No thanks", SPONSOR)));
    }

    static Stream<Arguments> beforeAnyAnswer() {
        AdRequestEditedEvent edited = new AdRequestEditedEvent(NEGOTIATION_ID, "Promote our new drinks", "Three posts",
                amount("700.00"), SPONSOR);
        return Stream.of(
                arguments("the sponsor edits an unanswered offer", history(OFFERED), edit(SPONSOR, "700.00"), edited),
                arguments("the sponsor edits an open request nobody applied to", history(PUBLISHED),
                        edit(SPONSOR, "700.00"), edited),
                arguments("the sponsor edits an offer twice", history(OFFERED, edited), edit(SPONSOR, "700.00"), edited),
                arguments("the sponsor withdraws an unanswered offer", history(OFFERED), withdraw(SPONSOR),
                        new AdRequestWithdrawnEvent(NEGOTIATION_ID, SPONSOR)),
                arguments("the sponsor withdraws an open request", history(PUBLISHED), withdraw(SPONSOR),
                        new AdRequestWithdrawnEvent(NEGOTIATION_ID, SPONSOR)),
                arguments("the platform cancels an open negotiation", history(OFFERED, INFLUENCER_COUNTERED),
                        cancel(Actor.SYSTEM), new NegotiationCancelledEvent(NEGOTIATION_ID, CANCEL_REASON, Actor.SYSTEM)),
                arguments("an admin cancels an open negotiation", history(PUBLISHED), cancel(ADMIN),
                        new NegotiationCancelledEvent(NEGOTIATION_ID, CANCEL_REASON, ADMIN)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"opening", "answering", "beforeAnyAnswer"})
    void anAllowedStepEmitsItsEventWithTheActor(String rule, List<Object> history, Object command, Object event) {
        expectAllowed(fixture, history, command, event);
    }

    // ---- refused: the specific rule, and nothing is stored

    private static final Consumer<InMemoryCommandSideLookups> AS_IS = lookups -> { };

    private static Consumer<InMemoryCommandSideLookups> flagged(Actor actor) {
        return lookups -> lookups.withAccount(actor.accountId(), actor.role(), true, false);
    }

    private static Consumer<InMemoryCommandSideLookups> removed(Actor actor) {
        return lookups -> lookups.withAccount(actor.accountId(), actor.role(), false, true);
    }

    private static Consumer<InMemoryCommandSideLookups> campaign(boolean closed, boolean flagged) {
        return lookups -> lookups.withCampaign(CAMPAIGN_ID, SPONSOR.accountId(), closed, flagged);
    }

    private static Arguments refused(String rule, Consumer<InMemoryCommandSideLookups> lookups, List<Object> history,
                                     Object command, String code) {
        return arguments(rule, lookups, history, command, code);
    }

    private static Arguments refused(String rule, List<Object> history, Object command, String code) {
        return refused(rule, AS_IS, history, command, code);
    }

    static Stream<Arguments> refusedOpenings() {
        return Stream.of(
                refused("an influencer opens a request", history(), open(INFLUENCER, null), "wrong-role"),
                refused("an admin opens a request", history(), open(ADMIN, INFLUENCER.accountId()), "wrong-role"),
                refused("a flagged sponsor opens a request", flagged(SPONSOR), history(), open(SPONSOR, null),
                        "account-flagged"),
                refused("a removed sponsor opens a request", removed(SPONSOR), history(), open(SPONSOR, null),
                        "account-removed"),
                refused("a request on another sponsor's campaign",
                        lookups -> lookups.withCampaign("campaign-2", OTHER_SPONSOR.accountId(), false, false), history(),
                        open(SPONSOR, "campaign-2", null, "500.00"), "not-your-campaign"),
                refused("a request on an unknown campaign", history(), open(SPONSOR, "campaign-9", null, "500.00"),
                        "unknown-campaign"),
                refused("a request on a closed campaign", campaign(true, false), history(), open(SPONSOR, null),
                        "campaign-closed"),
                refused("a request on a flagged campaign", campaign(false, true), history(),
                        open(SPONSOR, INFLUENCER.accountId()), "campaign-flagged"),
                refused("an offer addressed to a sponsor", history(), open(SPONSOR, OTHER_SPONSOR.accountId()),
                        "unknown-influencer"),
                refused("an offer addressed to an unknown account", history(), open(SPONSOR, "influencer-9"),
                        "unknown-influencer"),
                refused("an offer addressed to a removed influencer", removed(INFLUENCER), history(),
                        open(SPONSOR, INFLUENCER.accountId()), "unknown-influencer"));
    }

    static Stream<Arguments> refusedApplications() {
        return Stream.of(
                refused("applying to an offer addressed to an influencer", history(OFFERED), APPLY,
                        "not-open"),
                refused("a second influencer applies after the first", history(PUBLISHED, APPLIED),
                        apply(OTHER_INFLUENCER, "400.00"), "not-open"),
                refused("a sponsor applies", history(PUBLISHED), apply(OTHER_SPONSOR, "450.00"), "wrong-role"),
                refused("a flagged influencer applies", flagged(INFLUENCER), history(PUBLISHED),
                        APPLY, "account-flagged"),
                refused("a removed influencer applies", removed(INFLUENCER), history(PUBLISHED),
                        APPLY, "account-removed"),
                refused("applying on a closed campaign", campaign(true, false), history(PUBLISHED),
                        APPLY, "campaign-closed"),
                refused("applying on a flagged campaign", campaign(false, true), history(PUBLISHED),
                        APPLY, "campaign-flagged"),
                refused("applying to a withdrawn request", history(PUBLISHED, WITHDRAWN), APPLY,
                        "concluded"));
    }

    static Stream<Arguments> refusedOutOfTurn() {
        return Stream.of(
                refused("the sponsor counters its own offer", history(OFFERED), counter(SPONSOR, "450.00"),
                        "not-your-turn"),
                refused("the influencer counters twice in a row", history(OFFERED, INFLUENCER_COUNTERED),
                        counter(INFLUENCER, "650.00"), "not-your-turn"),
                refused("the sponsor rejects while the influencer decides", history(OFFERED), reject(SPONSOR),
                        "not-your-turn"),
                refused("the influencer rejects its own application", history(PUBLISHED, APPLIED), reject(INFLUENCER),
                        "not-your-turn"),
                refused("the sponsor counters a request nobody applied to", history(PUBLISHED),
                        counter(SPONSOR, "450.00"), "not-your-turn"),
                refused("the sponsor rejects a request nobody applied to", history(PUBLISHED), reject(SPONSOR),
                        "not-your-turn"));
    }

    static Stream<Arguments> refusedStrangers() {
        return Stream.of(
                refused("another influencer counters", history(OFFERED), counter(OTHER_INFLUENCER, "600.00"),
                        "not-your-negotiation"),
                refused("another influencer rejects", history(OFFERED), reject(OTHER_INFLUENCER), "not-your-negotiation"),
                refused("another sponsor counters an application", history(PUBLISHED, APPLIED),
                        counter(OTHER_SPONSOR, "500.00"), "not-your-negotiation"),
                refused("an influencer counters an open request it did not apply to", history(PUBLISHED),
                        counter(INFLUENCER, "450.00"), "not-your-negotiation"),
                refused("an admin counters", history(OFFERED), counter(ADMIN, "450.00"), "not-your-negotiation"),
                refused("an auditor rejects", history(OFFERED), reject(AUDITOR), "not-your-negotiation"),
                refused("the influencer edits the sponsor's offer", history(OFFERED), edit(INFLUENCER, "900.00"),
                        "not-your-negotiation"),
                refused("another sponsor withdraws the offer", history(OFFERED), withdraw(OTHER_SPONSOR),
                        "not-your-negotiation"),
                refused("the sponsor cancels", history(OFFERED), cancel(SPONSOR), "wrong-role"),
                refused("the influencer cancels", history(OFFERED), cancel(INFLUENCER), "wrong-role"));
    }

    static Stream<Arguments> refusedAfterAnAnswer() {
        return Stream.of(
                refused("editing after an application", history(PUBLISHED, APPLIED), edit(SPONSOR, "700.00"),
                        "already-answered"),
                refused("withdrawing after an application", history(PUBLISHED, APPLIED), withdraw(SPONSOR),
                        "already-answered"),
                refused("editing after a counter-offer", history(OFFERED, INFLUENCER_COUNTERED), edit(SPONSOR, "700.00"),
                        "already-answered"),
                refused("withdrawing after the sponsor answered the counter-offer",
                        history(OFFERED, INFLUENCER_COUNTERED, SPONSOR_COUNTERED), withdraw(SPONSOR), "already-answered"));
    }

    static Stream<Arguments> refusedToFlaggedOrClosed() {
        return Stream.of(
                refused("a flagged influencer counters", flagged(INFLUENCER), history(OFFERED),
                        counter(INFLUENCER, "600.00"), "account-flagged"),
                refused("a flagged sponsor counters", flagged(SPONSOR), history(OFFERED, INFLUENCER_COUNTERED),
                        counter(SPONSOR, "550.00"), "account-flagged"),
                refused("a removed influencer counters", removed(INFLUENCER), history(OFFERED),
                        counter(INFLUENCER, "600.00"), "account-removed"),
                refused("countering on a closed campaign", campaign(true, false), history(OFFERED),
                        counter(INFLUENCER, "600.00"), "campaign-closed"),
                refused("countering on a flagged campaign", campaign(false, true), history(OFFERED, INFLUENCER_COUNTERED),
                        counter(SPONSOR, "550.00"), "campaign-flagged"));
    }

    /** Accepted, rejected, withdrawn and cancelled terms are final: every step afterwards is refused. */
    static Stream<Arguments> refusedAfterTheEnd() {
        List<Arguments> cases = new ArrayList<>();
        for (Object end : List.of(AGREED, REJECTED, WITHDRAWN, CANCELLED)) {
            String name = end.getClass().getSimpleName();
            for (Object command : List.of(counter(INFLUENCER, "600.00"), reject(INFLUENCER), edit(SPONSOR, "700.00"),
                    withdraw(SPONSOR))) {
                cases.add(refused(command.getClass().getSimpleName() + " after " + name, history(OFFERED, end),
                        command, "concluded"));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"refusedOpenings", "refusedApplications", "refusedOutOfTurn", "refusedStrangers",
            "refusedAfterAnAnswer", "refusedToFlaggedOrClosed", "refusedAfterTheEnd"})
    void aRefusedStepEmitsNothing(String rule, Consumer<InMemoryCommandSideLookups> lookupChange, List<Object> history,
                                  Object command, String code) {
        lookupChange.accept(lookups);

        expectRefused(fixture, history, command, ruleViolation(code));
    }

    static Stream<Arguments> concludedNegotiations() {
        return Stream.of(arguments(AGREED), arguments(REJECTED), arguments(WITHDRAWN), arguments(CANCELLED));
    }

    @ParameterizedTest
    @MethodSource("concludedNegotiations")
    void cancellingAConcludedNegotiationChangesNothing(Object end) {
        fixture.given(OFFERED, end).when(cancel(Actor.SYSTEM))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    static Stream<Arguments> amountsThatAreNotPositive() {
        String notPositive = "paymentAmount: " + Rules.AMOUNT_POSITIVE;
        return Stream.of(
                arguments(history(), open(SPONSOR, CAMPAIGN_ID, INFLUENCER.accountId(), "0"), notPositive),
                arguments(history(), open(SPONSOR, CAMPAIGN_ID, null, "-10.00"), notPositive),
                arguments(history(PUBLISHED), apply(INFLUENCER, "0.00"), notPositive),
                arguments(history(OFFERED), counter(INFLUENCER, "-1"), notPositive),
                arguments(history(OFFERED), edit(SPONSOR, "0"), notPositive),
                arguments(history(OFFERED), counter(INFLUENCER, "10.001"), "paymentAmount: " + Rules.AMOUNT_FORMAT));
    }

    @ParameterizedTest
    @MethodSource("amountsThatAreNotPositive")
    void anAmountOfZeroOrLessIsRefused(List<Object> history, Object command, String violation) {
        expectRefused(fixture, history, command, constraintViolations(violation));
    }
}
