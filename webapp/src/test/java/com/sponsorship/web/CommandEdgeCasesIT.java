package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sponsorship.api.account.FlagAccountCommand;
import com.sponsorship.api.campaign.CampaignDetails;
import com.sponsorship.api.campaign.CreateCampaignCommand;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.common.RuleViolation;
import com.sponsorship.api.common.Visibility;
import com.sponsorship.api.negotiation.OpenAdRequestCommand;
import com.sponsorship.web.common.PlatformCommands;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.sessions.JqwikSession;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Property: whatever text, dates and amounts a sender puts into a command sent straight through
 * the {@link CommandGateway}, the command is either refused (a constraint violation or a broken
 * rule) or accepted; after the accepted ones every projection is caught up with no dead letter,
 * and accepted text reads back unchanged through the API. jqwik generates the inputs (its edge
 * cases first) inside this Spring test, so the application context is the shared test one.
 */
@PlatformIntegrationTest
class CommandEdgeCasesIT {

    private static final int TRIES = 40;
    private static final String ADMIN = TestData.ADMIN_EMAIL;
    private static final String ADMIN_PASSWORD = TestData.ADMIN_PASSWORD;

    @Autowired
    CommandGateway gateway;
    @Autowired
    PlatformCommands commands;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    record Sample(String text, LocalDate start, LocalDate end, BigDecimal amount) {
    }

    @Test
    void everyCommandIsRefusedOrStoredSoThatProjectionsKeepUpAndTextReadsBackUnchanged() {
        String seed = String.valueOf(System.nanoTime());
        JqwikSession.start(seed);
        try {
            check(samples().sampleStream().limit(TRIES).toList(), seed);
        } finally {
            JqwikSession.finish();
        }
    }

    private void check(List<Sample> samples, String seed) {
        Scenario scenario = new Scenario(commands);
        Actor sponsor = scenario.sponsor();
        String campaignId = scenario.campaign(sponsor, "1000000");
        Actor admin = new Actor(jdbc.queryForObject("select account_id from account_credentials where role = 'ADMIN'",
                String.class), Role.ADMIN);
        Map<String, String> acceptedDescriptions = new LinkedHashMap<>();
        List<String> unexpected = new ArrayList<>();
        for (Sample sample : samples) {
            String newCampaign = UUID.randomUUID().toString();
            if (send(new CreateCampaignCommand(newCampaign, sponsor, new CampaignDetails("Edge Case", sample.text(),
                    "Goals", Category.FOOD, Visibility.PUBLIC, sample.start(), sample.end()), sample.amount()), unexpected)) {
                acceptedDescriptions.put(newCampaign, sample.text());
            }
            send(new OpenAdRequestCommand(UUID.randomUUID().toString(), sponsor, campaignId, null, sample.text(),
                    sample.text(), sample.amount()), unexpected);
            send(new FlagAccountCommand(scenario.influencer().accountId(), admin, sample.text()), unexpected);
        }
        assertThat(unexpected).as("seed %s", seed).isEmpty();

        ApiClient api = new ApiClient(port);
        ProjectionHealth.awaitCaughtUpWithoutDeadLetters(api);
        acceptedDescriptions.forEach((id, description) -> assertThat(
                api.get("/api/v1/campaigns/" + id, ADMIN, ADMIN_PASSWORD).body().path("description").asString())
                .as("description of %s read back (seed %s)", id, seed).isEqualTo(description));
    }

    /** True when accepted; a refusal must be a constraint violation or a broken rule, anything else is recorded. */
    private boolean send(Object command, List<String> unexpected) {
        try {
            gateway.sendAndWait(command);
            return true;
        } catch (JSR303ViolationException refused) {
            return false;
        } catch (CommandExecutionException refused) {
            if (refused.getDetails().filter(RuleViolation.class::isInstance).isEmpty()) {
                unexpected.add(command + ": " + refused);
            }
            return false;
        } catch (RuntimeException failed) {
            unexpected.add(command + ": " + failed);
            return false;
        }
    }

    private static Arbitrary<Sample> samples() {
        return Combinators.combine(texts(), dates(), dates(), amounts()).as(Sample::new);
    }

    /** Edge cases of text: NUL and other controls, lone surrogates, emoji, RTL, combining marks, limits of length. */
    private static Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.of("before\u0000after", "\u0000", "bell\u0007", "c1\u009F", "tab\tand\r\nlines",
                        "half \uD83D", "\uDE00 low half", "\uD83D\uDE00 emoji", "\u05E9\u05DC\u05D5\u05DD right to left",
                        "e\u0301\u0302 combining", "\u202Eoverride", "\uFEFF bom", "", "   ", "x".repeat(250),
                        "x".repeat(251), "\uD83D\uDE00".repeat(125), "\uD834\uDD1E".repeat(126)),
                Arbitraries.strings().ofMaxLength(260),
                Arbitraries.strings().alpha().withChars('\u00E9', '\u0301', '\u05D0', '\u200F', ' ', '\n')
                        .ofMaxLength(250));
    }

    private static Arbitrary<LocalDate> dates() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1999, 12, 31), LocalDate.of(2000, 1, 1),
                LocalDate.of(2100, 12, 31), LocalDate.of(2101, 1, 1), today.minusDays(1), today, today.plusDays(1),
                today.plusMonths(2), LocalDate.EPOCH);
    }

    private static Arbitrary<BigDecimal> amounts() {
        return Arbitraries.oneOf(
                Arbitraries.of("0", "-1", "0.001", "0.01", "1", "9999999999999.99", "10000000000000", "1e20",
                        "1E+2", "-0.00", "123.456").map(BigDecimal::new),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e15"), new BigDecimal("1e15")).ofScale(3));
    }
}
