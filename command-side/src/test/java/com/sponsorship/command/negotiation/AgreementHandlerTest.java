package com.sponsorship.command.negotiation;

import static com.sponsorship.command.FixtureSteps.expectAllowed;
import static com.sponsorship.command.FixtureSteps.expectRefused;
import static com.sponsorship.command.Refusals.ruleViolation;
import static com.sponsorship.command.negotiation.Negotiations.ADMIN;
import static com.sponsorship.command.negotiation.Negotiations.AGREED;
import static com.sponsorship.command.negotiation.Negotiations.ANSWER_BY;
import static com.sponsorship.command.negotiation.Negotiations.APPLIED;
import static com.sponsorship.command.negotiation.Negotiations.CAMPAIGN_CREATED;
import static com.sponsorship.command.negotiation.Negotiations.CAMPAIGN_ID;
import static com.sponsorship.command.negotiation.Negotiations.CANCELLED;
import static com.sponsorship.command.negotiation.Negotiations.INFLUENCER;
import static com.sponsorship.command.negotiation.Negotiations.INFLUENCER_COUNTERED;
import static com.sponsorship.command.negotiation.Negotiations.NEGOTIATION_ID;
import static com.sponsorship.command.negotiation.Negotiations.OFFERED;
import static com.sponsorship.command.negotiation.Negotiations.OTHER_INFLUENCER;
import static com.sponsorship.command.negotiation.Negotiations.PUBLISHED;
import static com.sponsorship.command.negotiation.Negotiations.SPONSOR;
import static com.sponsorship.command.negotiation.Negotiations.SPONSOR_COUNTERED;
import static com.sponsorship.command.negotiation.Negotiations.STANDARD_TERMS;
import static com.sponsorship.command.negotiation.Negotiations.WITHDRAWN;
import static com.sponsorship.command.negotiation.Negotiations.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.sponsorship.api.campaign.BudgetCommittedEvent;
import com.sponsorship.api.campaign.CampaignBudgetChangedEvent;
import com.sponsorship.api.campaign.CampaignClosedEvent;
import com.sponsorship.api.campaign.CampaignFlaggedEvent;
import com.sponsorship.api.campaign.CloseReason;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.DomainRuleException;
import com.sponsorship.api.negotiation.AcceptOfferCommand;
import com.sponsorship.api.negotiation.AdRequestEditedEvent;
import com.sponsorship.api.negotiation.AdRequestOpenedEvent;
import com.sponsorship.api.negotiation.CounterOfferMadeEvent;
import com.sponsorship.api.negotiation.Deliverable;
import com.sponsorship.api.negotiation.DeliverableKind;
import com.sponsorship.api.negotiation.NegotiationAgreedEvent;
import com.sponsorship.api.negotiation.OpenAdRequestCommand;
import com.sponsorship.api.negotiation.Terms;
import com.sponsorship.command.InMemoryEventSourcing;
import com.sponsorship.command.campaign.Campaign;
import com.sponsorship.command.lookup.InMemoryCommandSideLookups;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Acceptance through {@link AgreementHandler}: the negotiation runs in its aggregate fixture, the
 * campaign in a real event-sourcing repository that takes part in the same unit of work.
 */
@ExtendWith(EventClockAtNow.class)
class AgreementHandlerTest {

    /** 600.00 of the campaign's 1000.00 is agreed on another negotiation: 400.00 remains. */
    private static final BudgetCommittedEvent OTHER_DEAL =
            new BudgetCommittedEvent(CAMPAIGN_ID, "negotiation-0", amount("600.00"), amount("600.00"), SPONSOR);

    private InMemoryCommandSideLookups lookups;
    private InMemoryEventSourcing<Campaign> campaigns;
    private FixtureConfiguration<Negotiation> fixture;

    @BeforeEach
    void setUp() {
        lookups = Negotiations.lookups();
        campaigns = Negotiations.campaigns();
        fixture = Negotiations.fixture(lookups);
        fixture.registerAnnotatedCommandHandler(
                new AgreementHandler(fixture.getRepository(), campaigns.repository(), lookups));
    }

    private static AcceptOfferCommand accept(Actor actor) {
        return new AcceptOfferCommand(NEGOTIATION_ID, actor);
    }

    private static NegotiationAgreedEvent agreed(String amount, Actor actor) {
        return new NegotiationAgreedEvent(NEGOTIATION_ID, CAMPAIGN_ID, SPONSOR.accountId(), INFLUENCER.accountId(),
                amount(amount), actor, STANDARD_TERMS, STANDARD_TERMS.digest());
    }

    private static List<Object> events(Object... events) {
        return List.of(events);
    }

    static Stream<Arguments> acceptances() {
        AdRequestEditedEvent edited =
                new AdRequestEditedEvent(NEGOTIATION_ID, "Promote our drinks", "Two posts", amount("350.00"), SPONSOR);
        return Stream.of(
                arguments("the influencer accepts the offer addressed to it", events(OFFERED), events(), INFLUENCER,
                        "500.00", "500.00"),
                arguments("the influencer accepts the offer as the sponsor last edited it", events(OFFERED, edited),
                        events(), INFLUENCER, "350.00", "350.00"),
                arguments("the sponsor accepts an application", events(PUBLISHED, APPLIED), events(), SPONSOR,
                        "450.00", "450.00"),
                arguments("the sponsor accepts a counter-offer", events(OFFERED, INFLUENCER_COUNTERED), events(), SPONSOR,
                        "600.00", "600.00"),
                arguments("the influencer accepts the sponsor's counter-offer",
                        events(OFFERED, INFLUENCER_COUNTERED, SPONSOR_COUNTERED), events(), INFLUENCER, "550.00", "550.00"),
                arguments("an amount equal to the remaining budget fits", events(OFFERED, edited),
                        events(OTHER_DEAL, new CampaignBudgetChangedEvent(CAMPAIGN_ID, amount("950.00"), SPONSOR)),
                        INFLUENCER, "350.00", "950.00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptances")
    void anAcceptanceThatFitsBecomesAnAgreementAndCommitsTheBudget(String rule, List<Object> negotiation,
                                                                    List<Object> campaign, Actor actor, String amount,
                                                                    String committedTotal) {
        campaigns.given(CAMPAIGN_ID, campaign.toArray());
        List<Object> before = campaigns.history(CAMPAIGN_ID);

        expectAllowed(fixture, negotiation, accept(actor), agreed(amount, actor));

        assertThat(campaigns.history(CAMPAIGN_ID)).hasSize(before.size() + 1).last().isEqualTo(
                new BudgetCommittedEvent(CAMPAIGN_ID, NEGOTIATION_ID, amount(amount), amount(committedTotal), actor));
    }

    private static Arguments refused(String rule, List<Object> negotiation, List<Object> campaign, Actor actor,
                                     String code) {
        return arguments(rule, negotiation, campaign, actor, code);
    }

    static Stream<Arguments> refusedAcceptances() {
        return Stream.of(
                refused("more than the remaining budget", events(PUBLISHED, APPLIED), events(OTHER_DEAL), SPONSOR,
                        "budget-exceeded"),
                refused("more than a lowered budget", events(OFFERED),
                        events(new CampaignBudgetChangedEvent(CAMPAIGN_ID, amount("499.99"), SPONSOR)), INFLUENCER,
                        "budget-exceeded"),
                refused("on a closed campaign", events(OFFERED),
                        events(new CampaignClosedEvent(CAMPAIGN_ID, SPONSOR.accountId(), CloseReason.ENDED, Actor.SYSTEM)),
                        INFLUENCER, "campaign-closed"),
                refused("on a flagged campaign", events(OFFERED),
                        events(new CampaignFlaggedEvent(CAMPAIGN_ID, "Misleading", ADMIN)), INFLUENCER, "campaign-flagged"),
                refused("the sponsor accepts its own offer", events(OFFERED), events(), SPONSOR, "not-your-turn"),
                refused("the influencer accepts its own counter-offer", events(OFFERED, INFLUENCER_COUNTERED), events(),
                        INFLUENCER, "not-your-turn"),
                refused("the sponsor accepts a request nobody applied to", events(PUBLISHED), events(), SPONSOR,
                        "not-your-turn"),
                refused("another influencer accepts", events(OFFERED), events(), OTHER_INFLUENCER, "not-your-negotiation"),
                refused("an admin accepts", events(OFFERED), events(), ADMIN, "not-your-negotiation"),
                refused("an agreed negotiation is accepted again", events(OFFERED, AGREED), events(), INFLUENCER,
                        "concluded"),
                refused("a withdrawn offer is accepted", events(OFFERED, WITHDRAWN), events(), INFLUENCER, "concluded"),
                refused("a cancelled offer is accepted", events(OFFERED, CANCELLED), events(), INFLUENCER, "concluded"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedAcceptances")
    void aRefusedAcceptanceLeavesTheNegotiationOpenAndTheBudgetUntouched(String rule, List<Object> negotiation,
                                                                         List<Object> campaign, Actor actor,
                                                                         String code) {
        campaigns.given(CAMPAIGN_ID, campaign.toArray());
        List<Object> before = campaigns.history(CAMPAIGN_ID);

        expectRefused(fixture, negotiation, accept(actor), ruleViolation(code));

        assertThat(campaigns.history(CAMPAIGN_ID)).isEqualTo(before);
    }

    static Stream<Arguments> flaggedOrRemovedAcceptors() {
        return Stream.of(
                arguments(INFLUENCER, events(OFFERED), true, "account-flagged"),
                arguments(SPONSOR, events(PUBLISHED, APPLIED), true, "account-flagged"),
                arguments(INFLUENCER, events(OFFERED), false, "account-removed"));
    }

    @ParameterizedTest
    @MethodSource("flaggedOrRemovedAcceptors")
    void aFlaggedOrRemovedAccountCannotAccept(Actor actor, List<Object> negotiation, boolean flagged, String code) {
        lookups.withAccount(actor.accountId(), actor.role(), flagged, !flagged);

        expectRefused(fixture, negotiation, accept(actor), ruleViolation(code));

        assertThat(campaigns.history(CAMPAIGN_ID)).containsExactly(CAMPAIGN_CREATED);
    }

    @Test
    void theRefusalSaysWhatRemainsAndThatTheNegotiationStaysOpen() {
        campaigns.given(CAMPAIGN_ID, OTHER_DEAL);

        fixture.given(PUBLISHED, APPLIED).when(accept(SPONSOR))
                .expectExceptionMessage("The campaign's remaining budget of 400.00 does not cover 450.00;"
                        + " the negotiation stays open");
    }

    @Test
    void theAgreementRecordsTheExactTermsAcceptedAndTheirDigest() {
        Terms countered = new Terms(List.of(new Deliverable(DeliverableKind.YOUTUBE_VIDEO, 1, "A review")),
                LocalDate.of(2026, 7, 1), 12, 14);
        fixture.given(OFFERED, new CounterOfferMadeEvent(NEGOTIATION_ID, amount("300.00"), "Less, but a video",
                        INFLUENCER, countered, ANSWER_BY))
                .when(accept(SPONSOR))
                .expectEvents(new NegotiationAgreedEvent(NEGOTIATION_ID, CAMPAIGN_ID, SPONSOR.accountId(),
                        INFLUENCER.accountId(), amount("300.00"), SPONSOR, countered, countered.digest()));
    }

    @Test
    void theAcceptedOffersDeadlineChangesNothing() {
        fixture.givenCommands(new OpenAdRequestCommand(NEGOTIATION_ID, SPONSOR, CAMPAIGN_ID, INFLUENCER.accountId(),
                        "Promote our drinks", "Two posts", amount("300.00")), accept(INFLUENCER))
                .whenTimeElapses(Duration.ofDays(8))
                .expectTriggeredDeadlinesWithName(Negotiation.ANSWER_DEADLINE)
                .expectNoEvents();
    }

    /** Five acceptances of 300.00 on a budget of 1000.00 at the same moment: three fit, two are refused. */
    @Test
    void concurrentAcceptancesNeverCommitMoreThanTheBudget() throws Exception {
        InMemoryEventSourcing<Negotiation> negotiations = new InMemoryEventSourcing<>(Negotiation.class);
        List<String> ids = IntStream.rangeClosed(1, 5).mapToObj(i -> "negotiation-" + i).toList();
        ids.forEach(id -> negotiations.given(id, new AdRequestOpenedEvent(id, CAMPAIGN_ID, SPONSOR.accountId(),
                INFLUENCER.accountId(), "Promote our drinks", "One post", amount("300.00"), SPONSOR)));
        AgreementHandler handler = new AgreementHandler(negotiations.repository(), campaigns.repository(), lookups);

        ExecutorService pool = Executors.newFixedThreadPool(ids.size());
        List<String> outcomes = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> futures = ids.stream()
                    .map(id -> pool.submit(() -> {
                        start.await();
                        return acceptInItsOwnUnitOfWork(handler, new AcceptOfferCommand(id, INFLUENCER));
                    }))
                    .toList();
            start.countDown();
            for (Future<String> future : futures) {
                outcomes.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).filteredOn("agreed"::equals).hasSize(3);
        assertThat(outcomes).filteredOn("budget-exceeded"::equals).hasSize(2);
        assertThat(campaigns.history(CAMPAIGN_ID)).filteredOn(BudgetCommittedEvent.class::isInstance)
                .extracting(event -> ((BudgetCommittedEvent) event).committedTotal())
                .containsExactly(amount("300.00"), amount("600.00"), amount("900.00"));
    }

    private String acceptInItsOwnUnitOfWork(AgreementHandler handler, AcceptOfferCommand command) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage(command));
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            handler.handle(command);
            return null;
        });
        return result.isExceptional() ? ((DomainRuleException) result.exceptionResult()).violation().code() : "agreed";
    }
}
