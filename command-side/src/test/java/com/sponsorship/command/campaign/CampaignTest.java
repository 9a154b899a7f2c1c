package com.sponsorship.command.campaign;

import static com.sponsorship.command.FixtureSteps.expectAllowed;
import static com.sponsorship.command.Refusals.constraintViolations;
import static com.sponsorship.command.Refusals.ruleViolation;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.sponsorship.api.campaign.BudgetCommittedEvent;
import com.sponsorship.api.campaign.CampaignBudgetChangedEvent;
import com.sponsorship.api.campaign.CampaignClosedEvent;
import com.sponsorship.api.campaign.CampaignCreatedEvent;
import com.sponsorship.api.campaign.CampaignDetails;
import com.sponsorship.api.campaign.CampaignFlagClearedEvent;
import com.sponsorship.api.campaign.CampaignFlaggedEvent;
import com.sponsorship.api.campaign.CampaignUpdatedEvent;
import com.sponsorship.api.campaign.CampaignVisibilityChangedEvent;
import com.sponsorship.api.campaign.ChangeCampaignVisibilityCommand;
import com.sponsorship.api.campaign.ClearCampaignFlagCommand;
import com.sponsorship.api.campaign.CloseCampaignCommand;
import com.sponsorship.api.campaign.CloseReason;
import com.sponsorship.api.campaign.CreateCampaignCommand;
import com.sponsorship.api.campaign.FlagCampaignCommand;
import com.sponsorship.api.campaign.UpdateCampaignCommand;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.common.Rules;
import com.sponsorship.api.common.Visibility;
import com.sponsorship.command.FixtureSteps;
import com.sponsorship.command.lookup.InMemoryCommandSideLookups;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.deadline.GenericDeadlineMessage;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CampaignTest {

    private static final String CAMPAIGN_ID = "campaign-1";
    private static final Actor SPONSOR = new Actor("sponsor-1", Role.SPONSOR);
    private static final BigDecimal BUDGET = new BigDecimal("2500.50");
    private static final LocalDate START = LocalDate.of(2030, 6, 1);
    private static final CampaignDetails DETAILS = details(START, LocalDate.of(2030, 6, 30));
    private static final Instant AFTER_LAST_DAY = Instant.parse("2030-07-01T00:00:00Z");
    private static final Instant BEFORE_START = Instant.parse("2030-05-01T00:00:00Z");
    private static final Actor OTHER_SPONSOR = new Actor("sponsor-2", Role.SPONSOR);
    private static final Actor INFLUENCER = new Actor("influencer-1", Role.INFLUENCER);
    private static final Actor ADMIN = new Actor("admin-1", Role.ADMIN);

    private static final CreateCampaignCommand CREATE =
            new CreateCampaignCommand(CAMPAIGN_ID, SPONSOR, DETAILS, BUDGET);
    private static final CampaignCreatedEvent CREATED =
            new CampaignCreatedEvent(CAMPAIGN_ID, SPONSOR.accountId(), DETAILS, BUDGET, SPONSOR);
    private static final CampaignClosedEvent CLOSED =
            new CampaignClosedEvent(CAMPAIGN_ID, SPONSOR.accountId(), CloseReason.BY_SPONSOR, SPONSOR);
    private static final CampaignFlaggedEvent FLAGGED = new CampaignFlaggedEvent(CAMPAIGN_ID, "Misleading", ADMIN);
    /** 2000.00 of the 2500.50 budget is agreed: 500.50 remains. */
    private static final BudgetCommittedEvent AGREED_2000 = committed("negotiation-0", "2000.00", "2000.00");

    private InMemoryCommandSideLookups lookups;
    private FixtureConfiguration<Campaign> fixture;

    @BeforeEach
    void setUp() {
        lookups = new InMemoryCommandSideLookups().withAccount(SPONSOR.accountId(), Role.SPONSOR, false, false);
        fixture = new AggregateTestFixture<>(Campaign.class);
        fixture.registerInjectableResource(lookups);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
    }

    private static CampaignDetails details(LocalDate start, LocalDate end) {
        return new CampaignDetails("Summer Launch", "Fresh drinks for the summer", "Reach 100k people",
                Category.FOOD, Visibility.PUBLIC, start, end);
    }

    private ResultValidator<Campaign> create(Actor actor, CampaignDetails details, BigDecimal budget) {
        return fixture.givenNoPriorActivity().when(new CreateCampaignCommand(CAMPAIGN_ID, actor, details, budget));
    }

    @Test
    void aSponsorCreatesACampaignItOwnsThatEndsAfterItsLastDay() {
        create(SPONSOR, DETAILS, BUDGET)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CampaignCreatedEvent(CAMPAIGN_ID, SPONSOR.accountId(), DETAILS, BUDGET, SPONSOR))
                .expectScheduledDeadlineWithName(AFTER_LAST_DAY, Campaign.END_DEADLINE);
    }

    @Test
    void theSmallestBudgetAndASingleDayAreEnough() {
        CampaignDetails oneDay = details(START, START);
        BigDecimal cent = new BigDecimal("0.01");

        create(SPONSOR, oneDay, cent)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CampaignCreatedEvent(CAMPAIGN_ID, SPONSOR.accountId(), oneDay, cent, SPONSOR));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, mode = EnumSource.Mode.EXCLUDE, names = "SPONSOR")
    void onlySponsorsCreateCampaigns(Role role) {
        lookups.withAccount("account-9", role, false, false);

        expectRefused(create(new Actor("account-9", role), DETAILS, BUDGET), ruleViolation("wrong-role"))
                .expectExceptionMessage("Only sponsors can create campaigns");
    }

    @Test
    void anUnknownSponsorCannotCreateCampaigns() {
        expectRefused(create(new Actor("sponsor-unknown", Role.SPONSOR), DETAILS, BUDGET),
                ruleViolation("unknown-account"));
    }

    @ParameterizedTest
    @CsvSource({"true, false, account-flagged", "false, true, account-removed"})
    void aFlaggedOrRemovedSponsorCannotCreateCampaigns(boolean flagged, boolean removed, String code) {
        lookups.withAccount(SPONSOR.accountId(), Role.SPONSOR, flagged, removed);

        expectRefused(create(SPONSOR, DETAILS, BUDGET), ruleViolation(code));
    }

    static Stream<Arguments> invalidCampaigns() {
        return Stream.of(
                arguments(DETAILS, new BigDecimal("0"), "budget: " + Rules.AMOUNT_POSITIVE),
                arguments(DETAILS, new BigDecimal("-100"), "budget: " + Rules.AMOUNT_POSITIVE),
                arguments(DETAILS, new BigDecimal("10.005"), "budget: " + Rules.AMOUNT_FORMAT),
                arguments(details(START, START.minusDays(1)), BUDGET,
                        "details.endDate: " + Rules.END_BEFORE_START),
                arguments(details(START, LocalDate.MAX), BUDGET, "details.endDate: " + Rules.DATE_OUT_OF_RANGE),
                arguments(new CampaignDetails("Summer Launch", "before\u0000after", "Reach", Category.FOOD,
                        Visibility.PUBLIC, START, START), BUDGET, "details.description: " + Rules.TEXT_CONTROL_CHARACTERS),
                arguments(DETAILS, new BigDecimal("1e20"), "budget: " + Rules.AMOUNT_FORMAT));
    }

    @ParameterizedTest
    @MethodSource("invalidCampaigns")
    void invalidCampaignIsRefusedWithoutEvents(CampaignDetails details, BigDecimal budget, String violation) {
        expectRefused(create(SPONSOR, details, budget), constraintViolations(violation));
    }

    @Test
    void aCampaignThatHasAlreadyEndedIsRefused() {
        fixture.givenCurrentTime(AFTER_LAST_DAY)
                .when(CREATE)
                .expectException(ruleViolation("end-date-passed"))
                .expectExceptionMessage(Rules.END_DATE_PASSED)
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void aCampaignMayHaveStartedAlreadyIfItEndsTodayOrLater() {
        Instant lastDay = Instant.parse("2030-06-30T23:59:59Z");

        fixture.givenCurrentTime(lastDay)
                .when(CREATE)
                .expectSuccessfulHandlerExecution()
                .expectEvents(CREATED)
                .expectScheduledDeadlineWithName(AFTER_LAST_DAY, Campaign.END_DEADLINE);
    }

    @Test
    void theEndDateCannotBeMovedIntoThePast() {
        CampaignDetails endedYesterday = details(START, LocalDate.of(2030, 6, 9));

        fixture.givenCurrentTime(Instant.parse("2030-06-10T08:00:00Z")).andGiven(CREATED)
                .when(update(SPONSOR, endedYesterday))
                .expectException(ruleViolation("end-date-passed"))
                .expectNoEvents();
    }

    private static ResultValidator<Campaign> expectRefused(ResultValidator<Campaign> result, Matcher<?> refusal) {
        return result.expectException(refusal).expectNoEvents().expectNoScheduledDeadlines();
    }

    private static BudgetCommittedEvent committed(String negotiationId, String amount, String total) {
        return new BudgetCommittedEvent(CAMPAIGN_ID, negotiationId, new BigDecimal(amount), new BigDecimal(total), SPONSOR);
    }

    private static UpdateCampaignCommand update(Actor actor, CampaignDetails details) {
        return new UpdateCampaignCommand(CAMPAIGN_ID, actor, details, BUDGET);
    }

    /** The edit form sent with the details unchanged and another budget. */
    private static UpdateCampaignCommand budget(Actor actor, String amount) {
        return edit(actor, DETAILS, amount);
    }

    private static UpdateCampaignCommand edit(Actor actor, CampaignDetails details, String budget) {
        return new UpdateCampaignCommand(CAMPAIGN_ID, actor, details, new BigDecimal(budget));
    }

    private static CloseCampaignCommand close(Actor actor, CloseReason reason) {
        return new CloseCampaignCommand(CAMPAIGN_ID, actor, reason);
    }

    static Stream<Arguments> allowedChanges() {
        CampaignDetails renamed = new CampaignDetails("Summer Launch 2", "Cold drinks", "Reach 200k people",
                Category.FOOD, Visibility.PUBLIC, START, DETAILS.endDate());
        return Stream.of(
                arguments("the owner edits the details", List.of(CREATED), update(SPONSOR, renamed),
                        new CampaignUpdatedEvent(CAMPAIGN_ID, renamed, SPONSOR)),
                arguments("the owner makes the campaign private", List.of(CREATED),
                        new ChangeCampaignVisibilityCommand(CAMPAIGN_ID, SPONSOR, Visibility.PRIVATE),
                        new CampaignVisibilityChangedEvent(CAMPAIGN_ID, Visibility.PRIVATE, SPONSOR)),
                arguments("the admin flags with a trimmed reason", List.of(CREATED),
                        new FlagCampaignCommand(CAMPAIGN_ID, ADMIN, " Misleading "), FLAGGED),
                arguments("the admin clears a flag", List.of(CREATED, FLAGGED),
                        new ClearCampaignFlagCommand(CAMPAIGN_ID, ADMIN, " Wording fixed "),
                        new CampaignFlagClearedEvent(CAMPAIGN_ID, ADMIN, "Wording fixed")),
                arguments("a flag cleared without a reason records the default", List.of(CREATED, FLAGGED),
                        new ClearCampaignFlagCommand(CAMPAIGN_ID, ADMIN, null),
                        new CampaignFlagClearedEvent(CAMPAIGN_ID, ADMIN, "The flag no longer applies")),
                arguments("the owner closes it", List.of(CREATED), close(SPONSOR, CloseReason.BY_SPONSOR), CLOSED),
                arguments("the admin closes it", List.of(CREATED, FLAGGED), close(ADMIN, CloseReason.BY_ADMIN),
                        new CampaignClosedEvent(CAMPAIGN_ID, SPONSOR.accountId(), CloseReason.BY_ADMIN, ADMIN)),
                arguments("the platform closes it", List.of(CREATED), close(Actor.SYSTEM, CloseReason.SPONSOR_REMOVED),
                        new CampaignClosedEvent(CAMPAIGN_ID, SPONSOR.accountId(), CloseReason.SPONSOR_REMOVED,
                                Actor.SYSTEM)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowedChanges")
    void anAllowedChangeEmitsItsEventWithTheActor(String rule, List<Object> history, Object command, Object event) {
        expectAllowed(fixture, history, command, event);
    }

    static Stream<Arguments> refusedChanges() {
        List<Object> open = List.of(CREATED);
        List<Object> closed = List.of(CREATED, CLOSED);
        return Stream.of(
                arguments("another sponsor edits the details", open, update(OTHER_SPONSOR, DETAILS), "not-your-campaign"),
                arguments("the admin edits the details", open, update(ADMIN, DETAILS), "not-your-campaign"),
                arguments("the owner edits a closed campaign", closed, update(SPONSOR, DETAILS), "campaign-closed"),
                arguments("the budget goes below what is agreed", List.of(CREATED, AGREED_2000),
                        budget(SPONSOR, "1999.99"), "budget-below-agreed"),
                arguments("another sponsor changes the budget", open, budget(OTHER_SPONSOR, "10"), "not-your-campaign"),
                arguments("the budget of a closed campaign", closed, budget(SPONSOR, "10"), "campaign-closed"),
                arguments("an influencer changes the visibility", open,
                        new ChangeCampaignVisibilityCommand(CAMPAIGN_ID, INFLUENCER, Visibility.PRIVATE), "not-your-campaign"),
                arguments("the visibility of a closed campaign", closed,
                        new ChangeCampaignVisibilityCommand(CAMPAIGN_ID, SPONSOR, Visibility.PRIVATE), "campaign-closed"),
                arguments("the owner flags its campaign", open, new FlagCampaignCommand(CAMPAIGN_ID, SPONSOR, "Hmm"),
                        "wrong-role"),
                arguments("flagging twice", List.of(CREATED, FLAGGED), new FlagCampaignCommand(CAMPAIGN_ID, ADMIN, "Again"),
                        "already-flagged"),
                arguments("the owner clears the flag", List.of(CREATED, FLAGGED),
                        new ClearCampaignFlagCommand(CAMPAIGN_ID, SPONSOR, null), "wrong-role"),
                arguments("clearing a flag that is not set", open, new ClearCampaignFlagCommand(CAMPAIGN_ID, ADMIN, null),
                        "not-flagged"),
                arguments("another sponsor closes it", open, close(OTHER_SPONSOR, CloseReason.BY_SPONSOR), "not-your-campaign"),
                arguments("an influencer closes it", open, close(INFLUENCER, CloseReason.BY_SPONSOR), "not-your-campaign"),
                arguments("the owner closes it twice", closed, close(SPONSOR, CloseReason.BY_SPONSOR), "campaign-closed"),
                arguments("the admin closes a closed campaign", closed, close(ADMIN, CloseReason.BY_ADMIN),
                        "campaign-closed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedChanges")
    void aRefusedChangeEmitsNothing(String rule, List<Object> history, Object command, String code) {
        FixtureSteps.expectRefused(fixture, history, command, ruleViolation(code));
    }

    @Test
    void anEditAppliesTheNewBudgetAndTheNewDetailsTogether() {
        CampaignDetails longer = details(START, LocalDate.of(2030, 8, 31));

        fixture.given(CREATED, AGREED_2000).when(edit(SPONSOR, longer, "9000.00"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CampaignBudgetChangedEvent(CAMPAIGN_ID, new BigDecimal("9000.00"), SPONSOR),
                        new CampaignUpdatedEvent(CAMPAIGN_ID, longer, SPONSOR))
                .expectScheduledDeadlineWithName(Instant.parse("2030-09-01T00:00:00Z"), Campaign.END_DEADLINE);
    }

    @Test
    void theBudgetMayBeLoweredToExactlyWhatIsAgreed() {
        expectAllowed(fixture, List.of(CREATED, AGREED_2000), budget(SPONSOR, "2000"),
                new CampaignBudgetChangedEvent(CAMPAIGN_ID, new BigDecimal("2000"), SPONSOR),
                new CampaignUpdatedEvent(CAMPAIGN_ID, DETAILS, SPONSOR));
    }

    @Test
    void anEditWhoseBudgetIsRefusedAppliesNoneOfItsDetails() {
        CampaignDetails renamed = new CampaignDetails("Summer Launch 2", "Cold drinks", "Reach 200k people",
                Category.FOOD, Visibility.PUBLIC, START, LocalDate.of(2030, 8, 31));

        expectRefused(fixture.given(CREATED, AGREED_2000).when(edit(SPONSOR, renamed, "1999.99")),
                ruleViolation("budget-below-agreed"));
    }

    @Test
    void anEditWhoseDetailsAreRefusedAppliesNoneOfItsBudget() {
        CampaignDetails endedYesterday = details(START, LocalDate.of(2030, 6, 9));

        fixture.givenCurrentTime(Instant.parse("2030-06-10T08:00:00Z")).andGiven(CREATED)
                .when(edit(SPONSOR, endedYesterday, "9000.00"))
                .expectException(ruleViolation("end-date-passed"))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void theRefusalNamesWhatIsAlreadyAgreed() {
        fixture.given(CREATED, AGREED_2000).when(budget(SPONSOR, "1500"))
                .expectException(ruleViolation("budget-below-agreed"))
                .expectExceptionMessage("The budget cannot be lower than the 2000.00 already agreed");
    }

    @Test
    void aBudgetOfZeroIsRefusedByValidation() {
        fixture.given(CREATED).when(budget(SPONSOR, "0"))
                .expectException(constraintViolations("budget: " + Rules.AMOUNT_POSITIVE))
                .expectNoEvents();
    }

    @Test
    void thePlatformClosingAClosedCampaignChangesNothing() {
        fixture.given(CREATED, CLOSED).when(close(Actor.SYSTEM, CloseReason.SPONSOR_REMOVED))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void movingTheEndDateSchedulesItsDeadlineAndLeavesTheOldOne() {
        CampaignDetails longer = details(START, LocalDate.of(2030, 8, 31));

        fixture.givenCommands(CREATE).when(update(SPONSOR, longer))
                .expectEvents(new CampaignUpdatedEvent(CAMPAIGN_ID, longer, SPONSOR))
                .expectScheduledDeadline(Instant.parse("2030-09-01T00:00:00Z"), "2030-08-31")
                .expectScheduledDeadlineWithName(AFTER_LAST_DAY, Campaign.END_DEADLINE);
    }

    @Test
    void aCampaignWhoseEndDateMovedEarlierClosesAtTheNewDateOnce() {
        CampaignDetails shorter = details(START, LocalDate.of(2030, 6, 15));

        fixture.givenCurrentTime(BEFORE_START).andGivenCommands(CREATE, update(SPONSOR, shorter))
                .whenTimeAdvancesTo(AFTER_LAST_DAY)
                .expectTriggeredDeadlinesWithName(Campaign.END_DEADLINE, Campaign.END_DEADLINE)
                .expectEvents(new CampaignClosedEvent(CAMPAIGN_ID, SPONSOR.accountId(), CloseReason.ENDED, Actor.SYSTEM));
    }

    @Test
    void theCampaignClosesItselfWhenItsLastDayIsOver() {
        fixture.givenCurrentTime(BEFORE_START).andGivenCommands(CREATE)
                .whenTimeAdvancesTo(AFTER_LAST_DAY)
                .expectTriggeredDeadlinesWithName(Campaign.END_DEADLINE)
                .expectEvents(new CampaignClosedEvent(CAMPAIGN_ID, SPONSOR.accountId(), CloseReason.ENDED, Actor.SYSTEM));
    }

    @Test
    void theCampaignStaysOpenDuringItsLastDay() {
        fixture.givenCurrentTime(BEFORE_START).andGivenCommands(CREATE)
                .whenTimeAdvancesTo(AFTER_LAST_DAY.minusSeconds(1))
                .expectTriggeredDeadlines()
                .expectNoEvents()
                .expectScheduledDeadlineWithName(AFTER_LAST_DAY, Campaign.END_DEADLINE);
    }

    @Test
    void aCampaignWhoseEndDateMovedLaterDoesNotCloseAtTheOldDate() {
        CampaignDetails longer = details(START, LocalDate.of(2030, 8, 31));

        fixture.givenCurrentTime(BEFORE_START).andGivenCommands(CREATE, update(SPONSOR, longer))
                .whenTimeAdvancesTo(AFTER_LAST_DAY)
                .expectTriggeredDeadlinesWithName(Campaign.END_DEADLINE)
                .expectNoEvents();
    }

    @Test
    void anEndDeadlineStoredBeforeDeadlinesNamedTheirDateStillClosesTheCampaign() {
        fixture.registerDeadlineDispatchInterceptor(deadlines -> (index, deadline) ->
                GenericDeadlineMessage.asDeadlineMessage(deadline.getDeadlineName(), null, deadline.getTimestamp()));

        fixture.givenCurrentTime(BEFORE_START).andGivenCommands(CREATE)
                .whenTimeAdvancesTo(AFTER_LAST_DAY)
                .expectTriggeredDeadlinesWithName(Campaign.END_DEADLINE)
                .expectEvents(new CampaignClosedEvent(CAMPAIGN_ID, SPONSOR.accountId(), CloseReason.ENDED, Actor.SYSTEM));
    }

    @Test
    void anAlreadyClosedCampaignIsNotClosedAgainByItsEndDate() {
        fixture.givenCurrentTime(BEFORE_START).andGivenCommands(CREATE, close(SPONSOR, CloseReason.BY_SPONSOR))
                .whenTimeAdvancesTo(AFTER_LAST_DAY)
                .expectTriggeredDeadlinesWithName(Campaign.END_DEADLINE)
                .expectNoEvents();
    }

    static Stream<Arguments> budgetCommitsThatFit() {
        return Stream.of(
                arguments("a first agreement", List.of(CREATED), "1000.00", "1000.00"),
                arguments("exactly the remaining budget", List.of(CREATED, AGREED_2000), "500.50", "2500.50"),
                arguments("after the budget was raised", List.of(CREATED, AGREED_2000,
                        new CampaignBudgetChangedEvent(CAMPAIGN_ID, new BigDecimal("3000.00"), SPONSOR)), "1000.00", "3000.00"),
                arguments("after a flag was cleared", List.of(CREATED, FLAGGED,
                        new CampaignFlagClearedEvent(CAMPAIGN_ID, ADMIN, "Fixed")), "0.01", "0.01"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("budgetCommitsThatFit")
    void anAgreementThatFitsCommitsItsAmount(String rule, List<Object> history, String amount, String total) {
        fixture.given(history)
                .whenInvoking(CAMPAIGN_ID, campaign -> campaign.commitBudget("negotiation-1", new BigDecimal(amount), SPONSOR))
                .expectSuccessfulHandlerExecution()
                .expectEvents(committed("negotiation-1", amount, total));
    }

    static Stream<Arguments> budgetCommitsRefused() {
        return Stream.of(
                arguments(List.of(CREATED, AGREED_2000), "500.51", "budget-exceeded"),
                arguments(List.of(CREATED), "2500.51", "budget-exceeded"),
                arguments(List.of(CREATED, CLOSED), "1.00", "campaign-closed"),
                arguments(List.of(CREATED, FLAGGED), "1.00", "campaign-flagged"));
    }

    @ParameterizedTest
    @MethodSource("budgetCommitsRefused")
    void anAgreementThatDoesNotFitIsRefused(List<Object> history, String amount, String code) {
        fixture.given(history)
                .whenInvoking(CAMPAIGN_ID, campaign -> campaign.commitBudget("negotiation-1", new BigDecimal(amount), SPONSOR))
                .expectException(ruleViolation(code))
                .expectNoEvents();
    }

    @Test
    void aRefusedAgreementSaysWhatRemainsAndThatTheNegotiationStaysOpen() {
        fixture.given(CREATED, AGREED_2000)
                .whenInvoking(CAMPAIGN_ID, campaign -> campaign.commitBudget("negotiation-1", new BigDecimal("600"), SPONSOR))
                .expectExceptionMessage("The campaign's remaining budget of 500.50 does not cover 600;"
                        + " the negotiation stays open");
    }
}
