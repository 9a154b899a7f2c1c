package com.sponsorship.command.account;

import static com.sponsorship.command.Refusals.constraintViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.sponsorship.api.account.AdminRegisteredEvent;
import com.sponsorship.api.account.EmailAlreadyRegisteredException;
import com.sponsorship.api.account.RegisterAdminCommand;
import com.sponsorship.api.account.RegisterSponsorCommand;
import com.sponsorship.api.account.SponsorRegisteredEvent;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Industry;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.common.Rules;
import com.sponsorship.command.account.InMemoryAccountCredentials.Registration;
import java.util.stream.Stream;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AccountTest {

    private static final String ACCOUNT_ID = "account-1";
    private static final String EMAIL = "sales@acme.com";
    private static final String PASSWORD = "Str0ng!pass";
    private static final Industry INDUSTRY = Industry.FOOD_AND_BEVERAGE;

    private InMemoryAccountCredentials credentials;
    private FixtureConfiguration<Account> fixture;

    @BeforeEach
    void setUp() {
        credentials = new InMemoryAccountCredentials();
        fixture = new AggregateTestFixture<>(Account.class);
        fixture.registerInjectableResource(credentials);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
    }

    private static RegisterSponsorCommand sponsor(String name, String email, String password) {
        return new RegisterSponsorCommand(ACCOUNT_ID, name, email, password, INDUSTRY);
    }

    private ResultValidator<Account> register(Object command) {
        return fixture.givenNoPriorActivity().when(command);
    }

    @Test
    void registeringASponsorEmitsTrimmedNameWithTheSponsorAsActor() {
        register(sponsor("  Acme Foods  ", EMAIL, PASSWORD))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SponsorRegisteredEvent(ACCOUNT_ID, "Acme Foods", EMAIL, INDUSTRY,
                        new Actor(ACCOUNT_ID, Role.SPONSOR)));
    }

    @Test
    void theCredentialsReceiveTheRawPassword() {
        register(sponsor("Acme Foods", EMAIL, PASSWORD)).expectSuccessfulHandlerExecution();

        assertThat(credentials.registrations())
                .containsExactly(new Registration(ACCOUNT_ID, EMAIL, PASSWORD, Role.SPONSOR));
    }

    @Test
    void registeringTheAdminEmitsAdminRegisteredWithTheAdminAsActor() {
        register(new RegisterAdminCommand(ACCOUNT_ID, " Platform Admin ", "admin@example.com", PASSWORD))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AdminRegisteredEvent(ACCOUNT_ID, "Platform Admin", "admin@example.com",
                        new Actor(ACCOUNT_ID, Role.ADMIN)));

        assertThat(credentials.registrations())
                .containsExactly(new Registration(ACCOUNT_ID, "admin@example.com", PASSWORD, Role.ADMIN));
    }

    static Stream<Arguments> registrationsWithATakenEmail() {
        return Stream.of(
                arguments(sponsor("Acme Foods", "Sales@ACME.com", PASSWORD)),
                arguments(new RegisterAdminCommand(ACCOUNT_ID, "Platform Admin", "SALES@acme.COM", PASSWORD)));
    }

    @ParameterizedTest
    @MethodSource("registrationsWithATakenEmail")
    void anEmailTakenInAnotherCaseIsRefusedWithoutEvents(Object command) {
        credentials.register("account-0", EMAIL, PASSWORD, Role.SPONSOR);

        register(command)
                .expectException(EmailAlreadyRegisteredException.class)
                .expectExceptionMessage("An account with this email already exists")
                .expectNoEvents();

        assertThat(credentials.registrations()).extracting(Registration::accountId).containsExactly("account-0");
    }

    static Stream<Arguments> invalidRegistrations() {
        return Stream.of(
                arguments(sponsor("Acme Foods", EMAIL, "weakpass"), "password: " + Rules.PASSWORD_WEAK),
                arguments(sponsor("Acme Foods", EMAIL, "Sh0rt!"), "password: " + Rules.PASSWORD_WEAK),
                arguments(sponsor("Acme <Foods>", EMAIL, PASSWORD), "name: " + Rules.NAME_CHARACTERS),
                arguments(sponsor("Acme Foods", "a@b", PASSWORD), "email: " + Rules.EMAIL_INVALID),
                // padded emails never reach the aggregate, so its email trim() has nothing to do
                arguments(sponsor("Acme Foods", " " + EMAIL + " ", PASSWORD), "email: " + Rules.EMAIL_INVALID),
                arguments(new RegisterSponsorCommand(ACCOUNT_ID, "Acme Foods", EMAIL, PASSWORD, null),
                        "industry: Choose an industry from the list"),
                arguments(new RegisterAdminCommand(ACCOUNT_ID, "Platform Admin", EMAIL, "password1"),
                        "password: " + Rules.PASSWORD_WEAK));
    }

    @ParameterizedTest
    @MethodSource("invalidRegistrations")
    void invalidRegistrationIsRefusedBeforeTheCredentialsAreTouched(Object command, String violation) {
        register(command)
                .expectException(constraintViolations(violation))
                .expectNoEvents();

        assertThat(credentials.registrations()).isEmpty();
    }
}
