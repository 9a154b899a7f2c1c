package com.sponsorship.command.campaign;

import static com.sponsorship.command.Refusals.constraintViolations;
import static com.sponsorship.command.Refusals.ruleViolation;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.sponsorship.api.campaign.CampaignCreatedEvent;
import com.sponsorship.api.campaign.CampaignDetails;
import com.sponsorship.api.campaign.CreateCampaignCommand;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.common.Rules;
import com.sponsorship.api.common.Visibility;
import com.sponsorship.command.lookup.InMemoryCommandSideLookups;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
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
                        "details.endDate: End date must be on or after the start date"));
    }

    @ParameterizedTest
    @MethodSource("invalidCampaigns")
    void invalidCampaignIsRefusedWithoutEvents(CampaignDetails details, BigDecimal budget, String violation) {
        expectRefused(create(SPONSOR, details, budget), constraintViolations(violation));
    }

    private static ResultValidator<Campaign> expectRefused(ResultValidator<Campaign> result, Matcher<?> refusal) {
        return result.expectException(refusal).expectNoEvents().expectNoScheduledDeadlines();
    }
}
