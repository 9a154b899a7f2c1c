package com.sponsorship.command.account;

import static com.sponsorship.command.FixtureSteps.expectRefused;
import static com.sponsorship.command.FixtureSteps.expectAllowed;
import static com.sponsorship.command.Refusals.constraintViolations;
import static com.sponsorship.command.Refusals.ruleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.sponsorship.api.account.AccountErasedEvent;
import com.sponsorship.api.account.AccountFlagClearedEvent;
import com.sponsorship.api.account.AccountFlaggedEvent;
import com.sponsorship.api.account.AccountRemovedEvent;
import com.sponsorship.api.account.AdminRegisteredEvent;
import com.sponsorship.api.account.AuditorRegisteredEvent;
import com.sponsorship.api.account.ChangePasswordCommand;
import com.sponsorship.api.account.ClearAccountFlagCommand;
import com.sponsorship.api.account.CredentialsChangedEvent;
import com.sponsorship.api.account.EmailAlreadyRegisteredException;
import com.sponsorship.api.account.EraseAccountCommand;
import com.sponsorship.api.account.FlagAccountCommand;
import com.sponsorship.api.account.InfluencerProfileUpdatedEvent;
import com.sponsorship.api.account.InfluencerRegisteredEvent;
import com.sponsorship.api.account.RegisterAdminCommand;
import com.sponsorship.api.account.RegisterAuditorCommand;
import com.sponsorship.api.account.RegisterInfluencerCommand;
import com.sponsorship.api.account.RegisterSponsorCommand;
import com.sponsorship.api.account.RemoveAccountCommand;
import com.sponsorship.api.account.SponsorProfileUpdatedEvent;
import com.sponsorship.api.account.SponsorRegisteredEvent;
import com.sponsorship.api.account.UpdateInfluencerProfileCommand;
import com.sponsorship.api.account.UpdateSponsorProfileCommand;
import com.sponsorship.api.admin.AdminAction;
import com.sponsorship.api.admin.AdminActionRecordedEvent;
import com.sponsorship.api.admin.RecordAdminActionCommand;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Industry;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.common.Rules;
import com.sponsorship.command.account.InMemoryAccountCredentials.Registration;
import com.sponsorship.command.privacy.InMemoryPersonalDataKeys;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class AccountTest {

    private static final String ACCOUNT_ID = "account-1";
    private static final String EMAIL = "sales@acme.com";
    private static final String PASSWORD = "Str0ng!pass";
    private static final String NEW_PASSWORD = "N3w!passw0rd";
    private static final Industry INDUSTRY = Industry.FOOD_AND_BEVERAGE;
    private static final Actor SELF_SPONSOR = new Actor(ACCOUNT_ID, Role.SPONSOR);
    private static final Actor SELF_INFLUENCER = new Actor(ACCOUNT_ID, Role.INFLUENCER);
    private static final Actor OTHER_SPONSOR = new Actor("account-2", Role.SPONSOR);
    private static final Actor ADMIN = new Actor("admin-1", Role.ADMIN);
    private static final Actor SELF_ADMIN = new Actor(ACCOUNT_ID, Role.ADMIN);

    private static final SponsorRegisteredEvent SPONSOR_REGISTERED =
            new SponsorRegisteredEvent(ACCOUNT_ID, "Acme Foods", EMAIL, INDUSTRY, SELF_SPONSOR);
    private static final InfluencerRegisteredEvent INFLUENCER_REGISTERED = new InfluencerRegisteredEvent(
            ACCOUNT_ID, "Jo Creates", "jo@example.com", Category.TRAVEL, 1200L, SELF_INFLUENCER);
    private static final AdminRegisteredEvent ADMIN_REGISTERED =
            new AdminRegisteredEvent(ACCOUNT_ID, "Platform Admin", "admin@example.com", new Actor(ACCOUNT_ID, Role.ADMIN));
    private static final AccountFlaggedEvent FLAGGED = new AccountFlaggedEvent(ACCOUNT_ID, "Spam", ADMIN);
    private static final AccountRemovedEvent REMOVED = new AccountRemovedEvent(ACCOUNT_ID, Role.SPONSOR, ADMIN, "Asked by e-mail");
    private static final AccountErasedEvent ERASED = new AccountErasedEvent(ACCOUNT_ID, "Asked", ADMIN);

    private InMemoryAccountCredentials credentials;
    private InMemoryPersonalDataKeys keys;
    private FixtureConfiguration<Account> fixture;

    @BeforeEach
    void setUp() {
        credentials = new InMemoryAccountCredentials();
        fixture = new AggregateTestFixture<>(Account.class);
        fixture.registerInjectableResource(credentials);
        keys = new InMemoryPersonalDataKeys();
        keys.keyOf(ACCOUNT_ID);
        fixture.registerInjectableResource(keys);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
    }

    private static RegisterSponsorCommand sponsor(String name, String email, String password) {
        return new RegisterSponsorCommand(ACCOUNT_ID, name, email, password, INDUSTRY);
    }

    private static RegisterInfluencerCommand influencer(String email, Long reach) {
        return new RegisterInfluencerCommand(ACCOUNT_ID, " Jo Creates ", email, PASSWORD, Category.TRAVEL, reach);
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
                arguments(new RegisterAdminCommand(ACCOUNT_ID, "Platform Admin", "SALES@acme.COM", PASSWORD)),
                arguments(influencer("Sales@Acme.Com", 10L)),
                arguments(new RegisterAuditorCommand(ACCOUNT_ID, ADMIN, "Audit Team", "sales@ACME.com", PASSWORD)));
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
                        "password: " + Rules.PASSWORD_WEAK),
                arguments(influencer(EMAIL, -1L), "reach: " + Rules.REACH_NEGATIVE),
                arguments(new RegisterInfluencerCommand(ACCOUNT_ID, "Jo Creates", EMAIL, PASSWORD, null, 5L),
                        "category: Choose a category from the list"),
                arguments(new RegisterAuditorCommand(ACCOUNT_ID, ADMIN, "Audit Team", EMAIL, "Weak pass1!"),
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

    @Test
    void registeringAnInfluencerEmitsItsCategoryAndReachWithTheInfluencerAsActor() {
        register(influencer("jo@example.com", 0L))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new InfluencerRegisteredEvent(ACCOUNT_ID, "Jo Creates", "jo@example.com",
                        Category.TRAVEL, 0L, SELF_INFLUENCER));

        assertThat(credentials.registrations())
                .containsExactly(new Registration(ACCOUNT_ID, "jo@example.com", PASSWORD, Role.INFLUENCER));
    }

    @Test
    void theAdminCreatesAnAuditorAndIsItsActor() {
        register(new RegisterAuditorCommand(ACCOUNT_ID, ADMIN, " Audit Team ", "audit@example.com", PASSWORD))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AuditorRegisteredEvent(ACCOUNT_ID, "Audit Team", "audit@example.com", ADMIN));

        assertThat(credentials.registrations())
                .containsExactly(new Registration(ACCOUNT_ID, "audit@example.com", PASSWORD, Role.AUDITOR));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, mode = EnumSource.Mode.EXCLUDE, names = "ADMIN")
    void onlyTheAdminCreatesAuditors(Role role) {
        register(new RegisterAuditorCommand(ACCOUNT_ID, new Actor("account-9", role), "Audit Team",
                "audit@example.com", PASSWORD))
                .expectException(ruleViolation("wrong-role"))
                .expectExceptionMessage("Only admins can create auditor accounts")
                .expectNoEvents();

        assertThat(credentials.registrations()).isEmpty();
    }

    static Stream<Arguments> allowedChanges() {
        return Stream.of(
                arguments("a sponsor renames itself and changes industry", List.of(SPONSOR_REGISTERED),
                        new UpdateSponsorProfileCommand(ACCOUNT_ID, SELF_SPONSOR, " Acme Drinks ", Industry.RETAIL),
                        new SponsorProfileUpdatedEvent(ACCOUNT_ID, "Acme Drinks", Industry.RETAIL, SELF_SPONSOR)),
                arguments("an influencer updates its profile", List.of(INFLUENCER_REGISTERED),
                        new UpdateInfluencerProfileCommand(ACCOUNT_ID, SELF_INFLUENCER, "Jo Travels ", Category.FOOD, 5000L),
                        new InfluencerProfileUpdatedEvent(ACCOUNT_ID, "Jo Travels", Category.FOOD, 5000L, SELF_INFLUENCER)),
                arguments("a flagged sponsor still edits its profile", List.of(SPONSOR_REGISTERED, FLAGGED),
                        new UpdateSponsorProfileCommand(ACCOUNT_ID, SELF_SPONSOR, "Acme", INDUSTRY),
                        new SponsorProfileUpdatedEvent(ACCOUNT_ID, "Acme", INDUSTRY, SELF_SPONSOR)),
                arguments("the admin flags with a trimmed reason", List.of(INFLUENCER_REGISTERED),
                        new FlagAccountCommand(ACCOUNT_ID, ADMIN, "  Fake followers "),
                        new AccountFlaggedEvent(ACCOUNT_ID, "Fake followers", ADMIN)),
                arguments("the admin clears a flag with a trimmed reason", List.of(SPONSOR_REGISTERED, FLAGGED),
                        new ClearAccountFlagCommand(ACCOUNT_ID, ADMIN, " Followers checked "),
                        new AccountFlagClearedEvent(ACCOUNT_ID, ADMIN, "Followers checked")),
                arguments("a flag cleared without a reason records the default", List.of(SPONSOR_REGISTERED, FLAGGED),
                        new ClearAccountFlagCommand(ACCOUNT_ID, ADMIN, " "),
                        new AccountFlagClearedEvent(ACCOUNT_ID, ADMIN, "The flag no longer applies")),
                arguments("a cleared flag can be set again", List.of(SPONSOR_REGISTERED, FLAGGED,
                                new AccountFlagClearedEvent(ACCOUNT_ID, ADMIN, "Checked")),
                        new FlagAccountCommand(ACCOUNT_ID, ADMIN, "Again"), new AccountFlaggedEvent(ACCOUNT_ID, "Again", ADMIN)),
                arguments("the admin records a rebuild with a trimmed reason", List.of(ADMIN_REGISTERED),
                        new RecordAdminActionCommand(ACCOUNT_ID, SELF_ADMIN, AdminAction.REBUILD, "accounts", " New column "),
                        new AdminActionRecordedEvent(ACCOUNT_ID, AdminAction.REBUILD, "accounts", "New column", SELF_ADMIN)),
                arguments("a retry without a reason records the default", List.of(ADMIN_REGISTERED),
                        new RecordAdminActionCommand(ACCOUNT_ID, SELF_ADMIN, AdminAction.RETRY_DEAD_LETTERS, "campaigns", null),
                        new AdminActionRecordedEvent(ACCOUNT_ID, AdminAction.RETRY_DEAD_LETTERS, "campaigns",
                                "Parked events handled again by an admin", SELF_ADMIN)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowedChanges")
    void anAllowedChangeEmitsItsEventWithTheActor(String rule, List<Object> history, Object command, Object event) {
        expectAllowed(fixture, history, command, event);
    }

    @Test
    void theOwnerChangesItsPasswordAndTheEventCarriesNoPassword() {
        credentials.register(ACCOUNT_ID, EMAIL, PASSWORD, Role.SPONSOR);

        fixture.given(SPONSOR_REGISTERED)
                .when(new ChangePasswordCommand(ACCOUNT_ID, SELF_SPONSOR, PASSWORD, NEW_PASSWORD))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CredentialsChangedEvent(ACCOUNT_ID, SELF_SPONSOR));

        assertThat(credentials.passwordOf(ACCOUNT_ID)).isEqualTo(NEW_PASSWORD);
    }

    @Test
    void passwordsNeverShowInCommandLogs() {
        assertThat(new ChangePasswordCommand(ACCOUNT_ID, SELF_SPONSOR, PASSWORD, NEW_PASSWORD).toString())
                .doesNotContain(PASSWORD).doesNotContain(NEW_PASSWORD);
        assertThat(new RegisterAuditorCommand(ACCOUNT_ID, ADMIN, "Audit Team", EMAIL, PASSWORD).toString())
                .doesNotContain(PASSWORD);
    }

    @Test
    void theAdminRemovesAnAccountWhichCanNoLongerSignIn() {
        fixture.given(SPONSOR_REGISTERED, FLAGGED)
                .when(new RemoveAccountCommand(ACCOUNT_ID, ADMIN, " Spam "))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AccountRemovedEvent(ACCOUNT_ID, Role.SPONSOR, ADMIN, "Spam"));

        assertThat(credentials.deactivated()).containsExactly(ACCOUNT_ID);
    }

    static Stream<Arguments> refusedChanges() {
        List<Object> sponsor = List.of(SPONSOR_REGISTERED);
        List<Object> removedSponsor = List.of(SPONSOR_REGISTERED, REMOVED);
        List<Object> admin = List.of(ADMIN_REGISTERED);
        Actor influencerActor = new Actor("account-3", Role.INFLUENCER);
        return Stream.of(
                arguments("another sponsor edits the profile", sponsor,
                        new UpdateSponsorProfileCommand(ACCOUNT_ID, OTHER_SPONSOR, "Taken", INDUSTRY), "not-your-account"),
                arguments("the admin edits a sponsor's profile", sponsor,
                        new UpdateSponsorProfileCommand(ACCOUNT_ID, ADMIN, "Taken", INDUSTRY), "not-your-account"),
                arguments("a sponsor sends an influencer profile", sponsor,
                        new UpdateInfluencerProfileCommand(ACCOUNT_ID, SELF_SPONSOR, "Acme", Category.FOOD, 1L),
                        "not-your-account"),
                arguments("another influencer edits the profile", List.of(INFLUENCER_REGISTERED),
                        new UpdateInfluencerProfileCommand(ACCOUNT_ID, influencerActor, "Jo", Category.FOOD, 1L),
                        "not-your-account"),
                arguments("a removed account edits its profile", removedSponsor,
                        new UpdateSponsorProfileCommand(ACCOUNT_ID, SELF_SPONSOR, "Back", INDUSTRY), "account-removed"),
                arguments("another account changes the password", sponsor,
                        new ChangePasswordCommand(ACCOUNT_ID, OTHER_SPONSOR, PASSWORD, NEW_PASSWORD), "not-your-account"),
                arguments("the wrong current password", sponsor,
                        new ChangePasswordCommand(ACCOUNT_ID, SELF_SPONSOR, "Wr0ng!pass", NEW_PASSWORD), "wrong-password"),
                arguments("a removed account changes its password", removedSponsor,
                        new ChangePasswordCommand(ACCOUNT_ID, SELF_SPONSOR, PASSWORD, NEW_PASSWORD), "account-removed"),
                arguments("a sponsor flags an account", sponsor,
                        new FlagAccountCommand(ACCOUNT_ID, OTHER_SPONSOR, "Spam"), "wrong-role"),
                arguments("an auditor flags an account", sponsor,
                        new FlagAccountCommand(ACCOUNT_ID, new Actor("auditor-1", Role.AUDITOR), "Spam"), "wrong-role"),
                arguments("flagging twice", List.of(SPONSOR_REGISTERED, FLAGGED),
                        new FlagAccountCommand(ACCOUNT_ID, ADMIN, "Spam"), "already-flagged"),
                arguments("flagging the admin", admin, new FlagAccountCommand(ACCOUNT_ID, ADMIN, "Spam"), "admin-protected"),
                arguments("flagging a removed account", removedSponsor,
                        new FlagAccountCommand(ACCOUNT_ID, ADMIN, "Spam"), "account-removed"),
                arguments("a sponsor clears its own flag", List.of(SPONSOR_REGISTERED, FLAGGED),
                        new ClearAccountFlagCommand(ACCOUNT_ID, SELF_SPONSOR, null), "wrong-role"),
                arguments("clearing a flag that is not set", sponsor, new ClearAccountFlagCommand(ACCOUNT_ID, ADMIN, null),
                        "not-flagged"),
                arguments("a sponsor removes an account", sponsor, new RemoveAccountCommand(ACCOUNT_ID, SELF_SPONSOR, null),
                        "wrong-role"),
                arguments("removing the admin", admin, new RemoveAccountCommand(ACCOUNT_ID, ADMIN, null), "admin-protected"),
                arguments("removing twice", removedSponsor, new RemoveAccountCommand(ACCOUNT_ID, ADMIN, null), "account-removed"),
                arguments("another sponsor erases an account", sponsor,
                        new EraseAccountCommand(ACCOUNT_ID, OTHER_SPONSOR, "Asked"), "wrong-role"),
                arguments("an auditor erases an account", sponsor,
                        new EraseAccountCommand(ACCOUNT_ID, new Actor("auditor-1", Role.AUDITOR), "Asked"), "wrong-role"),
                arguments("erasing the admin", admin, new EraseAccountCommand(ACCOUNT_ID, ADMIN, "Asked"),
                        "admin-protected"),
                arguments("erasing twice", List.of(SPONSOR_REGISTERED, REMOVED, ERASED),
                        new EraseAccountCommand(ACCOUNT_ID, ADMIN, "Asked"), "account-erased"),
                arguments("an admin records upkeep in another admin's stream", admin,
                        new RecordAdminActionCommand(ACCOUNT_ID, ADMIN, AdminAction.REBUILD, null, "Why"), "wrong-role"),
                arguments("a sponsor records upkeep", sponsor,
                        new RecordAdminActionCommand(ACCOUNT_ID, SELF_SPONSOR, AdminAction.REBUILD, null, "Why"), "wrong-role"),
                arguments("an action that records itself, recorded by hand", admin,
                        new RecordAdminActionCommand(ACCOUNT_ID, SELF_ADMIN, AdminAction.FLAG_ACCOUNT, "account-2", "Spam"),
                        "wrong-step"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedChanges")
    void aRefusedChangeEmitsNothingAndLeavesTheCredentialsAlone(String rule, List<Object> history, Object command,
                                                                 String code) {
        credentials.register(ACCOUNT_ID, EMAIL, PASSWORD, Role.SPONSOR);

        expectRefused(fixture, history, command, ruleViolation(code));

        assertThat(credentials.passwordOf(ACCOUNT_ID)).isEqualTo(PASSWORD);
        assertThat(credentials.deactivated()).isEmpty();
        assertThat(credentials.erased()).isEmpty();
        assertThat(keys.holdsKeyOf(ACCOUNT_ID)).isTrue();
    }

    @Test
    void theAdminErasesAnAccountOnRequestWhichIsRemovedFirst() {
        fixture.given(SPONSOR_REGISTERED)
                .when(new EraseAccountCommand(ACCOUNT_ID, ADMIN, " Asked by e-mail "))
                .expectSuccessfulHandlerExecution()
                .expectEvents(REMOVED, new AccountErasedEvent(ACCOUNT_ID, "Asked by e-mail", ADMIN));

        assertThat(credentials.erased()).containsExactly(ACCOUNT_ID);
        assertThat(keys.holdsKeyOf(ACCOUNT_ID)).isFalse();
    }

    @Test
    void aPersonErasesTheirOwnAccountAndARemovedAccountCanBeErasedToo() {
        fixture.given(SPONSOR_REGISTERED)
                .when(new EraseAccountCommand(ACCOUNT_ID, SELF_SPONSOR, "My own wish"))
                .expectEvents(new AccountRemovedEvent(ACCOUNT_ID, Role.SPONSOR, SELF_SPONSOR, "My own wish"),
                        new AccountErasedEvent(ACCOUNT_ID, "My own wish", SELF_SPONSOR));
        fixture.given(SPONSOR_REGISTERED, REMOVED)
                .when(new EraseAccountCommand(ACCOUNT_ID, ADMIN, "Asked"))
                .expectEvents(ERASED);
        assertThat(keys.holdsKeyOf(ACCOUNT_ID)).isFalse();
    }

    static Stream<Arguments> invalidChanges() {
        return Stream.of(
                arguments(new ChangePasswordCommand(ACCOUNT_ID, SELF_SPONSOR, PASSWORD, "nouppercase1!"),
                        "newPassword: " + Rules.PASSWORD_WEAK),
                arguments(new FlagAccountCommand(ACCOUNT_ID, ADMIN, "  "), "reason: Give a reason"),
                arguments(new UpdateSponsorProfileCommand(ACCOUNT_ID, SELF_SPONSOR, "x".repeat(46), INDUSTRY),
                        "name: " + Rules.NAME_TOO_LONG));
    }

    @ParameterizedTest
    @MethodSource("invalidChanges")
    void invalidChangeIsRefusedWithoutEvents(Object command, String violation) {
        credentials.register(ACCOUNT_ID, EMAIL, PASSWORD, Role.SPONSOR);

        expectRefused(fixture, List.of(SPONSOR_REGISTERED), command, constraintViolations(violation));

        assertThat(credentials.passwordOf(ACCOUNT_ID)).isEqualTo(PASSWORD);
    }
}
