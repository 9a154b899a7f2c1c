package com.sponsorship.api.validation;

import static com.sponsorship.api.Violations.describe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.sponsorship.api.account.ChangePasswordCommand;
import com.sponsorship.api.account.FlagAccountCommand;
import com.sponsorship.api.account.RegisterAuditorCommand;
import com.sponsorship.api.account.RegisterInfluencerCommand;
import com.sponsorship.api.account.RegisterSponsorCommand;
import com.sponsorship.api.account.UpdateSponsorProfileCommand;
import com.sponsorship.api.campaign.CampaignDetails;
import com.sponsorship.api.campaign.CreateCampaignCommand;
import com.sponsorship.api.campaign.FlagCampaignCommand;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Industry;
import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.common.Rules;
import com.sponsorship.api.common.Visibility;
import com.sponsorship.api.negotiation.ApplyToAdRequestCommand;
import com.sponsorship.api.negotiation.CancelNegotiationCommand;
import com.sponsorship.api.negotiation.CounterOfferCommand;
import com.sponsorship.api.negotiation.EditAdRequestCommand;
import com.sponsorship.api.negotiation.OpenAdRequestCommand;
import com.sponsorship.api.negotiation.RejectOfferCommand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules that keep out what storage cannot hold: control characters, broken pairs, far dates, long passwords, odd ids. */
class InputRulesValidationTest {

    private static final Actor SPONSOR = new Actor("sponsor-1", Role.SPONSOR);
    private static final Actor ADMIN = new Actor("admin-1", Role.ADMIN);
    private static final BigDecimal AMOUNT = new BigDecimal("100.00");
    private static final LocalDate START = LocalDate.of(2030, 6, 1);
    private static final String NUL = "before\u0000after";

    private static CampaignDetails details(String description, LocalDate start, LocalDate end) {
        return new CampaignDetails("Summer Launch", description, "Reach 100k people", Category.FOOD,
                Visibility.PUBLIC, start, end);
    }

    /** Every free text of every command a user fills in, with the text put there. */
    static Stream<Arguments> textFields() {
        Stream<Function<String, Object>> commands = Stream.of(
                text -> new RegisterSponsorCommand("a-1", "Acme", text, "Str0ng!pass", Industry.TECHNOLOGY),
                text -> new RegisterSponsorCommand("a-1", "Acme", "acme@example.com", text, Industry.TECHNOLOGY),
                text -> new RegisterInfluencerCommand("a-1", "Ann", "ann@example.com", text, Category.FOOD, 5L),
                text -> new RegisterAuditorCommand("a-1", ADMIN, "Audrey", text, "Str0ng!pass"),
                text -> new ChangePasswordCommand("a-1", SPONSOR, text, "Str0ng!pass"),
                text -> new ChangePasswordCommand("a-1", SPONSOR, "Str0ng!pass", text),
                text -> new FlagAccountCommand("a-1", ADMIN, text),
                text -> new FlagCampaignCommand("c-1", ADMIN, text),
                text -> new CreateCampaignCommand("c-1", SPONSOR, details(text, START, START), AMOUNT),
                text -> new CreateCampaignCommand("c-1", SPONSOR, new CampaignDetails("Summer", "d", text,
                        Category.FOOD, Visibility.PUBLIC, START, START), AMOUNT),
                text -> new OpenAdRequestCommand("n-1", SPONSOR, "c-1", null, text, "r", AMOUNT),
                text -> new OpenAdRequestCommand("n-1", SPONSOR, "c-1", null, "m", text, AMOUNT),
                text -> new EditAdRequestCommand("n-1", SPONSOR, text, "r", AMOUNT),
                text -> new ApplyToAdRequestCommand("n-1", SPONSOR, AMOUNT, text),
                text -> new CounterOfferCommand("n-1", SPONSOR, AMOUNT, text),
                text -> new RejectOfferCommand("n-1", SPONSOR, text),
                text -> new CancelNegotiationCommand("n-1", Actor.SYSTEM, text));
        return commands.map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("textFields")
    void aNulInAnyTextIsRefusedWithWhatToDo(Function<String, Object> command) {
        assertThat(describe(command.apply("Str0ng!pass\u0000")))
                .anySatisfy(violation -> assertThat(violation).endsWith(Rules.TEXT_CONTROL_CHARACTERS));
    }

    @ParameterizedTest
    @MethodSource("textFields")
    void aLoneSurrogateInAnyTextIsRefused(Function<String, Object> command) {
        assertThat(describe(command.apply("Str0ng!pass\uD83D")))
                .anySatisfy(violation -> assertThat(violation).endsWith(Rules.TEXT_BROKEN_CHARACTERS));
    }

    @Test
    void longTextsKeepLineBreaksTabsEmojiAndRightToLeftText() {
        String text = "Line one\r\nLine two\tand \uD83D\uDE00 \u05E9\u05DC\u05D5\u05DD e\u0301";
        assertThat(describe(new CreateCampaignCommand("c-1", SPONSOR, details(text, START, START), AMOUNT))).isEmpty();
    }

    @Test
    void aLineBreakInAnEmailIsRefused() {
        assertThat(describe(new RegisterSponsorCommand("a-1", "Acme", "acme@exa\nmple.com", "Str0ng!pass", Industry.TECHNOLOGY)))
                .contains("email: " + Rules.TEXT_LINE_BREAKS);
    }

    @ParameterizedTest
    @CsvSource({"1999-12-31, false", "2000-01-01, true", "2100-12-31, true", "2101-01-01, false",
            "-999999999-01-01, false", "+999999999-12-31, false"})
    void campaignDatesLieWithinTheYears2000To2100(LocalDate date, boolean accepted) {
        var oneDay = new CreateCampaignCommand("c-1", SPONSOR, details("d", date, date), AMOUNT);

        assertThat(describe(oneDay)).isEqualTo(accepted ? List.of() : List.of(
                "details.endDate: " + Rules.DATE_OUT_OF_RANGE, "details.startDate: " + Rules.DATE_OUT_OF_RANGE));
    }

    @Test
    void aPasswordBcryptCannotHashIsRefused() {
        String seventyTwoBytes = "Aa1!" + "x".repeat(68);
        String seventyThreeBytes = seventyTwoBytes + "y";
        String accentsOverTheLimit = "Aa1!" + "\u00E9".repeat(35);

        assertThat(describe(new RegisterSponsorCommand("a-1", "Acme", "a@example.com", seventyTwoBytes, Industry.TECHNOLOGY))).isEmpty();
        assertThat(describe(new RegisterSponsorCommand("a-1", "Acme", "a@example.com", seventyThreeBytes, Industry.TECHNOLOGY)))
                .containsExactly("password: " + Rules.PASSWORD_TOO_LONG);
        assertThat(describe(new RegisterAuditorCommand("a-1", ADMIN, "Audrey", "a@example.com", accentsOverTheLimit)))
                .containsExactly("password: " + Rules.PASSWORD_TOO_LONG);
        assertThat(describe(new ChangePasswordCommand("a-1", SPONSOR, seventyThreeBytes, seventyThreeBytes)))
                .containsExactly("currentPassword: " + Rules.PASSWORD_TOO_LONG, "newPassword: " + Rules.PASSWORD_TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "../etc", "0123456789012345678901234567890123456", "with space", "\uD83D\uDE00"})
    void idsThatCannotBeStoredAreRefused(String id) {
        assertThat(describe(new FlagAccountCommand(id, ADMIN, "Spam"))).containsExactly("accountId: " + Rules.ID_INVALID);
        assertThat(describe(new UpdateSponsorProfileCommand("a-1", new Actor(id, Role.SPONSOR), "Acme", Industry.TECHNOLOGY)))
                .containsExactly("actor.accountId: " + Rules.ID_INVALID);
        assertThat(describe(new OpenAdRequestCommand("n-1", SPONSOR, "c-1", id, "m", "r", AMOUNT)))
                .containsExactly("influencerId: " + Rules.ID_INVALID);
    }

    @Test
    void uuidsAndTheSystemActorAreIds() {
        String uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
        assertThat(describe(new FlagAccountCommand(uuid, Actor.SYSTEM, "Spam"))).isEmpty();
    }

    record Paging(@PageNumber int page, @PageSize int size) {
    }

    @Test
    void pageNumbersAndSizesStayWhereAnOffsetCanBeCounted() {
        assertThat(describe(new Paging(0, 1))).isEmpty();
        assertThat(describe(new Paging(PageRequest.MAX_NUMBER, PageRequest.MAX_SIZE))).isEmpty();
        assertThat(describe(new Paging(-1, 0))).containsExactly("page: " + Rules.PAGE_NEGATIVE, "size: " + Rules.PAGE_SIZE_RANGE);
        assertThat(describe(new Paging(Integer.MAX_VALUE, 101)))
                .containsExactly("page: " + Rules.PAGE_TOO_FAR, "size: " + Rules.PAGE_SIZE_RANGE);
    }

    @Test
    void aPageRequestFromAnySenderIsBroughtIntoRange() {
        PageRequest last = new PageRequest(Integer.MAX_VALUE, Integer.MAX_VALUE);
        assertThat((long) last.number() * last.size()).isLessThanOrEqualTo(Integer.MAX_VALUE);
    }
}
