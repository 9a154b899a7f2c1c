package com.sponsorship.api.campaign;

import static com.sponsorship.api.Violations.describe;
import static com.sponsorship.api.Violations.lastNodeName;
import static com.sponsorship.api.Violations.paths;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.sponsorship.api.Violations;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.common.Rules;
import com.sponsorship.api.common.Visibility;
import jakarta.validation.ConstraintViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreateCampaignCommandValidationTest {

    private static final Actor SPONSOR = new Actor("sponsor-1", Role.SPONSOR);
    private static final BigDecimal BUDGET = new BigDecimal("2500.50");
    private static final LocalDate START = LocalDate.of(2030, 6, 1);
    private static final String END_BEFORE_START = Rules.END_BEFORE_START;
    private static final String TEXT_TOO_LONG = Rules.TEXT_TOO_LONG;

    private static CreateCampaignCommand command(CampaignDetails details, BigDecimal budget) {
        return new CreateCampaignCommand("campaign-1", SPONSOR, details, budget);
    }

    private static CreateCampaignCommand command(Details details) {
        return command(details.build(), BUDGET);
    }

    @Test
    void validCommandHasNoViolations() {
        assertThat(describe(command(new Details()))).isEmpty();
    }

    static Stream<Arguments> rejectedBudgets() {
        return Stream.of(
                arguments("0", Rules.AMOUNT_POSITIVE),
                arguments("0.00", Rules.AMOUNT_POSITIVE),
                arguments("-1", Rules.AMOUNT_POSITIVE),
                arguments("-0.01", Rules.AMOUNT_POSITIVE),
                arguments("10.005", Rules.AMOUNT_FORMAT),
                arguments("0.123", Rules.AMOUNT_FORMAT),
                arguments("12345678901234", Rules.AMOUNT_FORMAT));
    }

    @ParameterizedTest
    @MethodSource("rejectedBudgets")
    void rejectedBudgetsAreReportedOnBudget(String budget, String message) {
        assertThat(describe(command(new Details().build(), new BigDecimal(budget))))
                .containsExactly("budget: " + message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.01", "1", "2500.5", "9999999999999.99"})
    void acceptedBudgets(String budget) {
        assertThat(describe(command(new Details().build(), new BigDecimal(budget)))).isEmpty();
    }

    @Test
    void budgetIsRequired() {
        assertThat(describe(command(new Details().build(), null))).containsExactly("budget: " + Rules.AMOUNT_REQUIRED);
    }

    @Test
    void endDateBeforeStartDateIsReportedOnEndDate() {
        CreateCampaignCommand command = command(new Details().dates(START, START.minusDays(1)));

        assertThat(Violations.of(command)).singleElement().satisfies(violation -> {
            assertThat(lastNodeName(violation)).isEqualTo("endDate");
            assertThat(violation.getPropertyPath()).hasToString("details.endDate");
            assertThat(violation.getMessage()).isEqualTo(END_BEFORE_START);
        });
    }

    @Test
    void endDateBeforeStartDateIsReportedOnEndDateOfTheDetailsAlone() {
        CampaignDetails details = new Details().dates(START, START.minusDays(1)).build();

        assertThat(Violations.of(details)).extracting(Violations::lastNodeName, ConstraintViolation::getMessage)
                .containsExactly(tuple("endDate", END_BEFORE_START));
    }

    @Test
    void equalStartAndEndDatesAreAccepted() {
        assertThat(describe(command(new Details().dates(START, START)))).isEmpty();
    }

    @Test
    void missingDatesAreRequiredWithoutComparingThem() {
        assertThat(describe(command(new Details().dates(null, null)))).containsExactly(
                "details.endDate: " + Rules.END_DATE_REQUIRED,
                "details.startDate: " + Rules.START_DATE_REQUIRED);
    }

    static Stream<Arguments> longTexts() {
        String tooLong = "x".repeat(Rules.TEXT_MAX + 1);
        return Stream.of(
                arguments(new Details().description(tooLong), "details.description"),
                arguments(new Details().goals(tooLong), "details.goals"));
    }

    @ParameterizedTest
    @MethodSource("longTexts")
    void textsLongerThan250AreRejected(Details details, String path) {
        assertThat(describe(command(details))).containsExactly(path + ": " + TEXT_TOO_LONG);
    }

    @Test
    void textsOf250AndEmptyTextsAreAccepted() {
        String longest = "x".repeat(Rules.TEXT_MAX);

        assertThat(describe(command(new Details().description(longest).goals(longest)))).isEmpty();
        assertThat(describe(command(new Details().description("").goals(null)))).isEmpty();
    }

    @Test
    void categoryIsRequired() {
        assertThat(describe(command(new Details().category(null))))
                .containsExactly("details.category: Choose a category from the list");
    }

    @Test
    void visibilityIsRequired() {
        assertThat(describe(command(new Details().visibility(null))))
                .containsExactly("details.visibility: Choose Public or Private");
    }

    static Stream<Arguments> rejectedNames() {
        return Stream.of(
                arguments("", Rules.NAME_REQUIRED),
                arguments("S".repeat(Rules.NAME_MAX + 1), Rules.NAME_TOO_LONG),
                arguments("Summer <b>Sale</b>", Rules.NAME_CHARACTERS));
    }

    @ParameterizedTest
    @MethodSource("rejectedNames")
    void campaignNameFollowsTheNameRules(String name, String message) {
        assertThat(describe(command(new Details().name(name)))).containsExactly("details.name: " + message);
    }

    @Test
    void actorIsValidatedToo() {
        CreateCampaignCommand command = new CreateCampaignCommand("campaign-1", new Actor(" ", null),
                new Details().build(), BUDGET);

        assertThat(paths(command)).containsExactly("actor.accountId", "actor.role");
    }

    @Test
    void campaignIdActorAndDetailsAreRequired() {
        assertThat(paths(new CreateCampaignCommand("", null, null, BUDGET)))
                .containsExactly("actor", "campaignId", "details");
    }

    /** Valid campaign details; each test changes only what it is about. */
    static final class Details {
        private String name = "Summer Launch";
        private String description = "Fresh drinks for the summer";
        private String goals = "Reach 100k people";
        private Category category = Category.FOOD;
        private Visibility visibility = Visibility.PUBLIC;
        private LocalDate startDate = START;
        private LocalDate endDate = START.plusDays(29);

        Details name(String value) {
            name = value;
            return this;
        }

        Details description(String value) {
            description = value;
            return this;
        }

        Details goals(String value) {
            goals = value;
            return this;
        }

        Details category(Category value) {
            category = value;
            return this;
        }

        Details visibility(Visibility value) {
            visibility = value;
            return this;
        }

        Details dates(LocalDate start, LocalDate end) {
            startDate = start;
            endDate = end;
            return this;
        }

        CampaignDetails build() {
            return new CampaignDetails(name, description, goals, category, visibility, startDate, endDate);
        }
    }
}
