package com.sponsorship.api.account;

import static com.sponsorship.api.Violations.describe;
import static com.sponsorship.api.Violations.paths;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.sponsorship.api.common.Industry;
import com.sponsorship.api.common.Rules;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegisterSponsorCommandValidationTest {

    private static final String ACCOUNT_ID = "account-1";
    private static final String NAME = "Acme Foods";
    private static final String EMAIL = "sales@acme.com";
    private static final String PASSWORD = "Str0ng!pass";
    private static final String EMAIL_REQUIRED = Rules.EMAIL_REQUIRED;

    private static RegisterSponsorCommand sponsor(String name, String email, String password) {
        return new RegisterSponsorCommand(ACCOUNT_ID, name, email, password, Industry.FOOD_AND_BEVERAGE);
    }

    @Test
    void validCommandHasNoViolations() {
        assertThat(describe(sponsor(NAME, EMAIL, PASSWORD))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "Acme_Foods-2 Ltd", "  Padded Name  ",
            "123456789012345678901234567890123456789012345"})
    void acceptedNames(String name) {
        assertThat(describe(sponsor(name, EMAIL, PASSWORD))).isEmpty();
    }

    static Stream<Arguments> rejectedNames() {
        return Stream.of(
                arguments(null, Rules.NAME_REQUIRED),
                arguments("", Rules.NAME_REQUIRED),
                arguments("   ", Rules.NAME_REQUIRED),
                arguments("A".repeat(Rules.NAME_MAX + 1), Rules.NAME_TOO_LONG),
                arguments("Acme<script>", Rules.NAME_CHARACTERS),
                arguments("Acme & Sons", Rules.NAME_CHARACTERS),
                arguments("Acme.com", Rules.NAME_CHARACTERS),
                arguments("Café", Rules.NAME_CHARACTERS));
    }

    @ParameterizedTest
    @MethodSource("rejectedNames")
    void rejectedNamesAreReportedOnName(String name, String message) {
        assertThat(describe(sponsor(name, EMAIL, PASSWORD))).containsExactly("name: " + message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.co", "Name.Surname+tag@example.co.uk", "UPPER@EXAMPLE.COM"})
    void acceptedEmails(String email) {
        assertThat(describe(sponsor(NAME, email, PASSWORD))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-email", "a@b", "a@@b.com", "@example.com", "name@", "two words@example.com",
            " sales@acme.com", "sales@acme.com "})
    void malformedEmailsAreRejected(String email) {
        assertThat(describe(sponsor(NAME, email, PASSWORD))).containsExactly("email: " + Rules.EMAIL_INVALID);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingEmailIsRequired(String email) {
        // an empty email also gets EMAIL_INVALID; only "required" is the point here
        assertThat(describe(sponsor(NAME, email, PASSWORD)))
                .contains("email: " + EMAIL_REQUIRED)
                .allMatch(violation -> violation.startsWith("email: "));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "Sh0rt!a",      // 7 characters
            "weak0!pass",   // no upper case
            "WEAK0!PASS",   // no lower case
            "NoDigit!pass", // no digit
            "NoSymb0lpass", // no symbol
            "Has Sp4ce!",   // a space
            "Has\tT4b!x"})  // other whitespace
    void weakPasswordsAreRejected(String password) {
        assertThat(describe(sponsor(NAME, EMAIL, password))).containsExactly("password: " + Rules.PASSWORD_WEAK);
    }

    @ParameterizedTest
    @ValueSource(strings = {PASSWORD, "Aa1!aaaa", "C0mplex#Passw0rd-With_Many.Symbols"})
    void strongPasswordsAreAccepted(String password) {
        assertThat(describe(sponsor(NAME, EMAIL, password))).isEmpty();
    }

    @Test
    void industryIsRequired() {
        RegisterSponsorCommand command = new RegisterSponsorCommand(ACCOUNT_ID, NAME, EMAIL, PASSWORD, null);

        assertThat(describe(command)).containsExactly("industry: Choose an industry from the list");
    }

    @Test
    void accountIdIsRequired() {
        RegisterSponsorCommand command = new RegisterSponsorCommand(" ", NAME, EMAIL, PASSWORD, Industry.RETAIL);

        assertThat(paths(command)).containsExactly("accountId");
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        RegisterSponsorCommand command = new RegisterSponsorCommand(ACCOUNT_ID, "<b>", "a@b", "weak", null);

        assertThat(describe(command)).containsExactly(
                "email: " + Rules.EMAIL_INVALID,
                "industry: Choose an industry from the list",
                "name: " + Rules.NAME_CHARACTERS,
                "password: " + Rules.PASSWORD_WEAK);
    }

    @Test
    void sponsorToStringDoesNotRevealThePassword() {
        String text = sponsor(NAME, EMAIL, PASSWORD).toString();

        assertThat(text).contains(ACCOUNT_ID, NAME).doesNotContain(PASSWORD);
    }

    @Test
    void adminToStringDoesNotRevealThePassword() {
        String text = new RegisterAdminCommand(ACCOUNT_ID, NAME, EMAIL, PASSWORD).toString();

        assertThat(text).contains(ACCOUNT_ID, NAME).doesNotContain(PASSWORD);
    }
}
