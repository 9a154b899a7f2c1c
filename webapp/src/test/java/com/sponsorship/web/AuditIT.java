package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.sponsorship.api.account.RegisterAuditorCommand;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.AcceptOfferCommand;
import com.sponsorship.api.negotiation.CounterOfferCommand;
import com.sponsorship.api.negotiation.RejectOfferCommand;
import com.sponsorship.api.negotiation.WithdrawAdRequestCommand;
import com.sponsorship.web.common.PlatformCommands;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * Auditors (and admins) search every negotiation by campaign, sponsor, influencer, status and the
 * days it was opened, on the page and over the API; participants' filters only narrow their own;
 * auditors read any history but can change nothing. Every name carries a token of this run, so
 * negotiations of other tests sharing the database never match.
 */
@PlatformIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditIT {

    private static final String ADMIN = TestData.ADMIN_EMAIL;
    private static final String ADMIN_PASSWORD = TestData.ADMIN_PASSWORD;
    private static final Pattern RESULT_LINK = Pattern.compile("href=\"/ad-requests/([0-9a-f-]{36})\"");
    private static final Pattern NEXT_PAGE = Pattern.compile(
            "class=\"page-item([^\"]*)\">\\s*<a class=\"page-link\" href=\"([^\"]*)\" rel=\"next\"");
    private static final LocalDate LONG_AGO = LocalDate.of(2024, 3, 15);

    @Autowired
    MockMvc mvc;
    @Autowired
    PlatformCommands commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    /** Paused while this class runs: the negotiation opened long ago stands for one still waiting, not expired. */
    @Autowired
    Scheduler deadlines;
    @LocalServerPort
    int port;

    ApiClient api;
    String token;
    String auditorEmail;
    Actor alpha;
    Actor beta;
    Actor gamma;
    Actor delta;
    String springSale;
    String winterPush;
    /** Alpha's Spring Sale: countered by Delta, eleven waiting for Gamma (for paging), agreed with Gamma. */
    Set<String> awaitingGamma = new HashSet<>();
    String counteredByDelta;
    String agreedWithGamma;
    /** Beta's Winter Push: rejected by Delta, withdrawn from Gamma, open to anyone, opened long ago for Delta. */
    String rejectedByDelta;
    String withdrawnFromGamma;
    String openToAny;
    String openedLongAgo;

    @BeforeAll
    void negotiationsInEveryState() {
        deadlines.pause();
        api = new ApiClient(port);
        token = UUID.randomUUID().toString().substring(0, 8);
        Scenario scenario = new Scenario(commands);
        alpha = scenario.sponsor("Alpha Brand " + token);
        beta = scenario.sponsor("Beta Brand " + token);
        gamma = scenario.influencer("Gamma Creator " + token);
        delta = scenario.influencer("Delta Creator " + token);
        springSale = scenario.campaignNamed(alpha, "Spring Sale " + token);
        winterPush = scenario.campaignNamed(beta, "Winter Push " + token);
        counteredByDelta = scenario.offer(alpha, springSale, delta, "200");
        for (int i = 0; i < 11; i++) {
            awaitingGamma.add(scenario.offer(alpha, springSale, gamma, "100"));
        }
        agreedWithGamma = scenario.offer(alpha, springSale, gamma, "300");
        commands.send(new CounterOfferCommand(agreedWithGamma, gamma, new BigDecimal("350"), "A bit more"));
        commands.send(new AcceptOfferCommand(agreedWithGamma, alpha));
        rejectedByDelta = scenario.offer(beta, winterPush, delta, "400");
        commands.send(new RejectOfferCommand(rejectedByDelta, delta, "Not for me"));
        withdrawnFromGamma = scenario.offer(beta, winterPush, gamma, "500");
        commands.send(new WithdrawAdRequestCommand(withdrawnFromGamma, beta));
        openToAny = scenario.openToAny(beta, winterPush, "600");
        openedLongAgo = openedOn(LONG_AGO, () -> scenario.offer(beta, winterPush, delta, "700"));
        // opened first, changed last: lists by last change and by opening tell apart by it
        commands.send(new CounterOfferCommand(counteredByDelta, delta, new BigDecimal("250"), "My rate"));
        Actor admin = new Actor(jdbc.queryForObject("select account_id from account_credentials where role = 'ADMIN'",
                String.class), Role.ADMIN);
        auditorEmail = TestData.uniqueEmail("auditor");
        commands.send(new RegisterAuditorCommand(UUID.randomUUID().toString(), admin, "Audit Person", auditorEmail,
                TestData.PASSWORD));
    }

    @AfterAll
    void letDeadlinesRunAgain() {
        deadlines.resume();
    }

    /** Events take their time from Axon's clock, so a negotiation opened in the past is one opened with that clock. */
    private static String openedOn(LocalDate day, Supplier<String> open) {
        GenericEventMessage.clock = Clock.fixed(day.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        try {
            return open.get();
        } finally {
            GenericEventMessage.clock = Clock.systemUTC();
        }
    }

    private Set<String> all() {
        Set<String> all = new HashSet<>(awaitingGamma);
        all.addAll(Set.of(counteredByDelta, agreedWithGamma, rejectedByDelta, withdrawnFromGamma, openToAny,
                openedLongAgo));
        return all;
    }

    private Set<String> springSale() {
        Set<String> mine = new HashSet<>(awaitingGamma);
        mine.addAll(Set.of(counteredByDelta, agreedWithGamma));
        return mine;
    }

    @Test
    void everyFilterAloneAndCombinedFindsTheSameNegotiationsOnThePageAndOverTheApi() throws Exception {
        Map<String, Set<String>> expected = Map.ofEntries(
                Map.entry("campaign=" + token, all()),
                Map.entry("campaign=SPRING%20sale%20" + token, springSale()),
                Map.entry("campaign=" + winterPush,
                        Set.of(rejectedByDelta, withdrawnFromGamma, openToAny, openedLongAgo)),
                Map.entry("sponsor=beta%20brand%20" + token,
                        Set.of(rejectedByDelta, withdrawnFromGamma, openToAny, openedLongAgo)),
                Map.entry("influencer=delta%20creator%20" + token, Set.of(counteredByDelta, rejectedByDelta, openedLongAgo)),
                Map.entry("campaign=" + token + "&status=AGREED", Set.of(agreedWithGamma)),
                Map.entry("campaign=" + token + "&status=OPEN", Set.of(openToAny)),
                Map.entry("campaign=" + token + "&status=AWAITING_INFLUENCER",
                        union(awaitingGamma, Set.of(openedLongAgo))),
                Map.entry("sponsor=Alpha%20Brand%20" + token + "&influencer=Delta%20Creator%20" + token
                        + "&status=AWAITING_SPONSOR", Set.of(counteredByDelta)),
                Map.entry("sponsor=Beta%20Brand%20" + token + "&influencer=Gamma%20Creator%20" + token,
                        Set.of(withdrawnFromGamma)),
                Map.entry("sponsor=Alpha%20Brand%20" + token + "&campaign=" + winterPush, Set.of()),
                Map.entry("influencer=" + token + "&from=2024-03-15&to=2024-03-15", Set.of(openedLongAgo)),
                Map.entry("campaign=" + token + "&to=2024-03-14", Set.of()),
                Map.entry("campaign=" + token + "&from=2024-03-16",
                        difference(all(), Set.of(openedLongAgo))),
                Map.entry("sponsor=Beta%20Brand%20" + token + "&from=" + LocalDate.now(ZoneOffset.UTC)
                        + "&to=" + LocalDate.now(ZoneOffset.UTC), Set.of(rejectedByDelta, withdrawnFromGamma, openToAny)));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<String>> filter : expected.entrySet()) {
            Set<String> onPage = pageResults(auditorEmail, filter.getKey());
            Set<String> overApi = apiResults(auditorEmail, TestData.PASSWORD, filter.getKey());
            if (!onPage.equals(filter.getValue()) || !overApi.equals(filter.getValue())) {
                wrong.add(filter.getKey() + ": page " + onPage.size() + ", API " + overApi.size() + ", expected "
                        + filter.getValue().size());
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(apiResults(ADMIN, ADMIN_PASSWORD, "sponsor=brand%20" + token)).isEqualTo(all());
    }

    @Test
    void pagingKeepsTheFiltersAndTheApiKeepsItsPageShape() throws Exception {
        String first = page(auditorEmail, "/ad-requests?campaign=Spring%20Sale%20" + token + "&status=AWAITING_INFLUENCER");
        assertThat(first).contains("Page 1 of 2");
        Matcher next = NEXT_PAGE.matcher(first);
        assertThat(next.find()).isTrue();
        String nextLink = HtmlUtils.htmlUnescape(next.group(2));
        assertThat(nextLink).contains("campaign=Spring", "status=AWAITING_INFLUENCER", "page=1");
        String second = page(auditorEmail, nextLink);
        assertThat(second).contains("Page 2 of 2");
        assertThat(union(ids(first), ids(second))).isEqualTo(awaitingGamma);

        JsonNode body = api.get("/api/v1/ad-requests?size=4&page=1&campaign=" + token, auditorEmail,
                TestData.PASSWORD).body();
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("content", "page");
        assertThat(body.get("page").propertyNames())
                .containsExactlyInAnyOrder("size", "number", "totalElements", "totalPages");
        assertThat(body.get("page").get("totalElements").asLong()).isEqualTo(all().size());
        assertThat(body.get("page").get("totalPages").asInt()).isEqualTo(5);
        assertThat(body.get("page").get("number").asInt()).isEqualTo(1);
        assertThat(body.get("content")).hasSize(4);
    }

    @Test
    void listsRunByLastChangeOrWithADateRangeByOpening() throws Exception {
        List<String> byChange = api.get("/api/v1/ad-requests?size=100&campaign=" + token, auditorEmail,
                TestData.PASSWORD).body().get("content").findValuesAsString("id");
        assertThat(byChange.get(0)).isEqualTo(counteredByDelta);
        List<String> byOpening = api.get("/api/v1/ad-requests?size=100&from=2024-01-01&campaign=" + token,
                auditorEmail, TestData.PASSWORD).body().get("content").findValuesAsString("id");
        assertThat(byOpening.get(0)).isEqualTo(openToAny);
        assertThat(byOpening.get(byOpening.size() - 1)).isEqualTo(openedLongAgo);
        assertThat(page(auditorEmail, "/ad-requests?from=2024-01-01&campaign=" + token))
                .contains("Most recently opened first");
    }

    @Test
    void badFiltersAreReportedNextToTheirFieldsAndAsA400ListingThem() throws Exception {
        String reversed = page(auditorEmail, "/ad-requests?from=2025-02-01&to=2025-01-01");
        assertThat(PageErrors.of(reversed, "to")).contains("Choose a day on or after the from date");
        assertThat(reversed).contains("id=\"fix-filters\"").doesNotContain("<table");
        String malformed = page(auditorEmail, "/ad-requests?from=31/01/2025&status=SIGNED");
        assertThat(PageErrors.of(malformed, "from")).contains("Enter a date written year-month-day, like 2025-01-31");
        assertThat(PageErrors.of(malformed, "status")).contains("Choose a status from the list");

        ApiClient.Response bad = api.get("/api/v1/ad-requests?from=31/01/2025&status=SIGNED&to=2025-13-01",
                auditorEmail, TestData.PASSWORD);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(bad.body().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("from", "status", "to");
        assertThat(bad.body().get("errors").findValuesAsString("message"))
                .contains("Enter a date written year-month-day, like 2025-01-31");
        ApiClient.Response backwards = api.get("/api/v1/ad-requests?from=2025-02-01&to=2025-01-01", auditorEmail,
                TestData.PASSWORD);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body().get("errors").get(0).get("field").asString()).isEqualTo("to");
        assertThat(backwards.body().get("errors").get(0).get("message").asString())
                .isEqualTo("Choose a day on or after the from date");
    }

    @Test
    void participantsFiltersNarrowTheirOwnNegotiationsAndNeverWidenThem() throws Exception {
        String alphaEmail = emailOf(alpha);
        assertThat(apiResults(alphaEmail, TestData.PASSWORD, "sponsor=Beta%20Brand%20" + token)).isEmpty();
        assertThat(pageResults(alphaEmail, "sponsor=Beta%20Brand%20" + token)).isEmpty();
        assertThat(apiResults(alphaEmail, TestData.PASSWORD, "campaign=" + winterPush)).isEmpty();
        assertThat(apiResults(alphaEmail, TestData.PASSWORD, "campaign=" + token)).isEqualTo(springSale());
        assertThat(apiResults(alphaEmail, TestData.PASSWORD, "influencer=Delta%20Creator%20" + token))
                .containsExactly(counteredByDelta);
        String deltaEmail = emailOf(delta);
        assertThat(apiResults(deltaEmail, TestData.PASSWORD, "influencer=Gamma%20Creator%20" + token)).isEmpty();
        assertThat(pageResults(deltaEmail, "campaign=" + token))
                .containsExactlyInAnyOrder(counteredByDelta, rejectedByDelta, openedLongAgo);
    }

    @Test
    void anAuditorLandsOnTheSearchReadsAnyHistoryAndExportsIt() throws Exception {
        mvc.perform(get("/").with(signedIn(auditorEmail))).andExpect(redirectedUrl("/ad-requests"));
        assertThat(page(auditorEmail, "/ad-requests")).contains("All negotiations", "<label for=\"campaign\"",
                "<label for=\"sponsor\"", "<label for=\"influencer\"", "<label for=\"status\"", "<label for=\"from\"",
                "<label for=\"to\"", "Opened from (UTC)");

        JsonNode history = api.get("/api/v1/ad-requests/" + agreedWithGamma + "/history", auditorEmail,
                TestData.PASSWORD).body();
        assertThat(history.get("steps").findValuesAsString("statusAfter"))
                .containsExactly("AWAITING_INFLUENCER", "AWAITING_SPONSOR", "AGREED");
        assertThat(history.get("steps").findValuesAsString("actorRole"))
                .containsExactly("SPONSOR", "INFLUENCER", "SPONSOR");
        assertThat(history.get("steps").get(1).get("message").asString()).isEqualTo("A bit more");
        assertThat(history.get("steps").get(1).get("amount").decimalValue()).isEqualByComparingTo("350");

        String csv = mvc.perform(get("/ad-requests/" + agreedWithGamma + "/history.csv").with(signedIn(auditorEmail)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.split("\r\n")).hasSize(4);
        assertThat(csv).startsWith("sequence,at,actor_id,actor_role,action,amount,message,status_after")
                .contains(gamma.accountId() + ",INFLUENCER", "350", "A bit more", "AGREED");
        assertThat(mvc.perform(get("/api/v1/ad-requests/" + agreedWithGamma + "/history.csv")
                        .with(httpBasic(auditorEmail, TestData.PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).isEqualTo(csv);
        mvc.perform(get("/ad-requests/" + openedLongAgo + "/history.json").with(signedIn(auditorEmail)))
                .andExpect(status().isOk());

        String asOf = page(auditorEmail, "/ad-requests/" + openedLongAgo + "?asOf=2024-03-14T12:00:00");
        assertThat(asOf).contains("The negotiation had not begun yet.", "id=\"negotiation-status\">Not begun<");
    }

    /** The three steps were taken within a second or so: each step's time opens the state right after it. */
    @Test
    void everyStepOfAThreadOpensTheStateRightAfterIt() throws Exception {
        String thread = page(auditorEmail, "/ad-requests/" + agreedWithGamma);
        Matcher stepLinks = Pattern.compile("href=\"(/ad-requests/" + agreedWithGamma + "\\?asOf=[^\"]+)\"").matcher(thread);
        List<String> statuses = new ArrayList<>();
        while (stepLinks.find()) {
            String then = page(auditorEmail, HtmlUtils.htmlUnescape(stepLinks.group(1)));
            Matcher status = Pattern.compile("id=\"negotiation-status\">([^<]+)<").matcher(then);
            assertThat(status.find()).isTrue();
            statuses.add(status.group(1));
        }
        assertThat(statuses).containsExactly("Awaiting influencer", "Awaiting sponsor", "Agreed");
        assertThat(thread).containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC");
    }

    @Test
    void anAuditorSeesNoActionsAndEveryWriteIsForbidden() throws Exception {
        for (String negotiation : List.of(counteredByDelta, openToAny)) {
            String page = page(auditorEmail, "/ad-requests/" + negotiation);
            assertThat(page).contains("id=\"thread\"").doesNotContain("method=\"post\" class=\"d-inline\"")
                    .doesNotContainPattern("action=\"/ad-requests/[^\"]+/(accept|reject|counter|apply|edit|withdraw)\"");
        }
        String request = "/ad-requests/" + counteredByDelta;
        for (String action : List.of("/accept", "/reject", "/counter", "/apply", "/edit", "/withdraw")) {
            mvc.perform(post(request + action).with(csrf()).with(signedIn(auditorEmail))
                            .param("paymentAmount", "999").param("message", "audit"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/sponsor/campaigns").with(csrf()).with(signedIn(auditorEmail)).param("name", "Nope"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/" + alpha.accountId() + "/flag").with(csrf()).with(signedIn(auditorEmail))
                .param("reason", "audit")).andExpect(status().isForbidden());

        List<String> writes = List.of("POST /api/v1" + request + "/accept", "POST /api/v1" + request + "/counter",
                "POST /api/v1/ad-requests/" + openToAny + "/apply", "POST /api/v1" + request + "/withdraw",
                "PUT /api/v1" + request, "POST /api/v1/campaigns", "POST /api/v1/campaigns/" + springSale + "/close",
                "POST /api/v1/campaigns/" + springSale + "/ad-requests", "POST /api/v1/admin/auditors");
        for (String write : writes) {
            String[] route = write.split(" ");
            int answered = mvc.perform(MockMvcRequestBuilders.request(HttpMethod.valueOf(route[0]), route[1])
                            .with(httpBasic(auditorEmail, TestData.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"paymentAmount\":999}"))
                    .andReturn().getResponse().getStatus();
            assertThat(answered).as(write).isEqualTo(403);
        }
        assertThat(api.get("/api/v1/ad-requests/" + counteredByDelta, auditorEmail, TestData.PASSWORD).body()
                .get("status").asString()).isEqualTo("AWAITING_SPONSOR");
    }

    private Set<String> pageResults(String email, String filters) throws Exception {
        Set<String> found = new HashSet<>();
        String link = "/ad-requests?" + filters;
        while (link != null) {
            String page = page(email, link);
            found.addAll(ids(page));
            Matcher next = NEXT_PAGE.matcher(page);
            link = next.find() && !next.group(1).contains("disabled") ? HtmlUtils.htmlUnescape(next.group(2)) : null;
        }
        return found;
    }

    private Set<String> apiResults(String email, String password, String filters) {
        ApiClient.Response response = api.get("/api/v1/ad-requests?size=100&" + filters, email, password);
        assertThat(response.status()).as(filters).isEqualTo(200);
        return new HashSet<>(response.body().get("content").findValuesAsString("id"));
    }

    private String page(String email, String link) throws Exception {
        return mvc.perform(get(URI.create(link)).with(signedIn(email))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static Set<String> ids(String page) {
        Set<String> ids = new HashSet<>();
        Matcher link = RESULT_LINK.matcher(page);
        while (link.find()) {
            ids.add(link.group(1));
        }
        return ids;
    }

    private static Set<String> union(Set<String> some, Set<String> more) {
        Set<String> union = new HashSet<>(some);
        union.addAll(more);
        return union;
    }

    private static Set<String> difference(Set<String> some, Set<String> without) {
        Set<String> difference = new HashSet<>(some);
        difference.removeAll(without);
        return difference;
    }

    private String emailOf(Actor actor) {
        return jdbc.queryForObject("select email from account_credentials where account_id = ?", String.class,
                actor.accountId());
    }

    private RequestPostProcessor signedIn(String email) {
        return user(users.loadUserByUsername(email));
    }
}
