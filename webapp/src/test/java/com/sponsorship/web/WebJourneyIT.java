package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sponsorship.api.common.Rules;
import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/** The first journey through the pages: register, sign in, create a campaign, see it at once. */
@PlatformIntegrationTest
class WebJourneyIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @Test
    void sponsorRegistersSignsInCreatesCampaignAndSeesItOnTheNextPage() throws Exception {
        String email = TestData.uniqueEmail("journey");
        Cookie session = mvc.perform(registration(email, Map.of()))
                .andExpect(redirectedUrl("/sponsor/campaigns"))
                .andExpect(flash().attribute("notice", "Welcome! Your account is ready."))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(session).as("the new account's session").isNotNull();
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/sponsor/campaigns"));

        mvc.perform(campaign(session, Map.of("name", "Summer Drop")))
                .andExpect(redirectedUrl("/sponsor/campaigns"));

        String page = mvc.perform(get("/sponsor/campaigns").cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Summer Drop").contains("1,500.00").contains("Home-Decor");
    }

    /** Over the real server: the stylesheets a page links to, Bootstrap's by its version-free webjar path, are served. */
    @Test
    void theStylesheetsAPageLinksToAreServed() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<String> stylesheets = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"").matcher(login)
                .results().map(link -> link.group(1)).toList();
        assertThat(stylesheets).containsExactly("/webjars/bootstrap/css/bootstrap.min.css", "/css/platform.css");
        for (String stylesheet : stylesheets) {
            HttpResponse<String> css = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + stylesheet))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(css.statusCode()).as(stylesheet).isEqualTo(200);
            assertThat(css.headers().firstValue("Content-Type")).as(stylesheet).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/css"));
            assertThat(css.body()).as(stylesheet).isNotBlank();
        }
    }

    @Test
    void myCampaignsArePaginatedFiveAPage() throws Exception {
        Cookie session = registeredSponsor();
        for (int i = 1; i <= 6; i++) {
            mvc.perform(campaign(session, Map.of("name", "Paged " + i))).andExpect(status().is3xxRedirection());
        }
        String first = page(session, "/sponsor/campaigns");
        String second = page(session, "/sponsor/campaigns?page=1&size=5");
        assertThat(first).contains("Page 1 of 2").contains("Paged 6").doesNotContain("Paged 1<");
        assertThat(second).contains("Page 2 of 2").contains("Paged 1<").doesNotContain("Paged 6");
        assertThat(first).doesNotContain("rel=\"prev\"").contains("rel=\"next\"").doesNotContain("page=-1");
        assertThat(second).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    @Test
    void wrongPasswordDoesNotSignIn() throws Exception {
        String email = TestData.uniqueEmail("wrong");
        mvc.perform(registration(email, Map.of())).andExpect(status().is3xxRedirection());
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(TestData.WRONG_PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void pagesNeedSigningInAndTheRightRole() throws Exception {
        mvc.perform(get("/sponsor/campaigns")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(post("/register/sponsor").param("name", "No Token"))
                .andExpect(status().isForbidden());
        Cookie admin = signIn("admin@test.local", TestData.ADMIN_PASSWORD);
        mvc.perform(get("/sponsor/campaigns").cookie(admin)).andExpect(status().isForbidden());
    }

    static Stream<Arguments> invalidRegistrations() {
        return Stream.of(
                Arguments.of("name", "", Rules.NAME_REQUIRED),
                Arguments.of("name", "x".repeat(46), Rules.NAME_TOO_LONG),
                Arguments.of("name", "Bad <name>", Rules.NAME_CHARACTERS),
                Arguments.of("email", "not-an-email", Rules.EMAIL_INVALID),
                Arguments.of("email", "", Rules.EMAIL_REQUIRED),
                Arguments.of("password", "short1!", Rules.PASSWORD_WEAK),
                Arguments.of("password", "nouppercase1!", Rules.PASSWORD_WEAK),
                Arguments.of("password", "No Spaces1!", Rules.PASSWORD_WEAK),
                Arguments.of("industry", "", "Choose an industry from the list"),
                Arguments.of("industry", "Bogus", "Choose an industry from the list"));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @MethodSource("invalidRegistrations")
    void invalidRegistrationShowsTheMessageNextToTheFieldAndStoresNothing(String field, String value,
                                                                         String message) throws Exception {
        String email = field.equals("email") ? value : TestData.uniqueEmail("invalid");
        String page = mvc.perform(registration(email, Map.of(field, value)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fieldErrors(page, field)).contains(HtmlUtils.htmlEscape(message));
        assertThat(storedAccounts(email)).containsExactly(0L, 0L);
    }

    @Test
    void registeringATakenEmailInAnotherCaseIsRefusedNextToTheEmail() throws Exception {
        String email = TestData.uniqueEmail("taken");
        mvc.perform(registration(email, Map.of())).andExpect(status().is3xxRedirection());
        String page = mvc.perform(registration(email.toUpperCase(), Map.of()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fieldErrors(page, "email")).contains("An account with this email already exists");
        assertThat(storedAccounts(email)).containsExactly(1L, 1L);
    }

    static Stream<Arguments> invalidCampaigns() {
        return Stream.of(
                Arguments.of("name", "", Rules.NAME_REQUIRED),
                Arguments.of("name", "n".repeat(46), Rules.NAME_TOO_LONG),
                Arguments.of("description", "d".repeat(251), Rules.TEXT_TOO_LONG),
                Arguments.of("endDate", TestData.start().minusDays(1).toString(),
                        Rules.END_BEFORE_START),
                Arguments.of("budget", "0", Rules.AMOUNT_POSITIVE),
                Arguments.of("budget", "-10", Rules.AMOUNT_POSITIVE),
                Arguments.of("budget", "10.001", Rules.AMOUNT_FORMAT),
                Arguments.of("budget", "lots", "Enter a number, like 1500.00"),
                Arguments.of("budget", "", Rules.AMOUNT_REQUIRED),
                Arguments.of("category", "Knitting", "Choose a category from the list"),
                Arguments.of("startDate", "", Rules.START_DATE_REQUIRED));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @MethodSource("invalidCampaigns")
    void invalidCampaignShowsTheMessageNextToTheFieldAndStoresNothing(String field, String value,
                                                                     String message) throws Exception {
        Cookie session = registeredSponsor();
        long eventsBefore = campaignEvents();
        String page = mvc.perform(campaign(session, Map.of(field, value)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fieldErrors(page, field)).contains(HtmlUtils.htmlEscape(message));
        assertThat(campaignEvents()).isEqualTo(eventsBefore);
    }

    private MockHttpServletRequestBuilder registration(String email, Map<String, String> overrides) {
        return form(post("/register/sponsor").with(csrf()), Map.of(
                "name", "Brand Co", "email", email, "password", TestData.PASSWORD, "industry", "Food-and-Beverage"),
                overrides);
    }

    private MockHttpServletRequestBuilder campaign(Cookie session, Map<String, String> overrides) {
        return form(post("/sponsor/campaigns").cookie(session).with(csrf()), Map.of(
                "name", "Autumn Campaign", "description", "New collection", "goals", "Reach 1M people",
                "category", "HOME_DECOR", "budget", "1500", "visibility", "PUBLIC",
                "startDate", TestData.start().toString(), "endDate", TestData.end().toString()), overrides);
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request,
                                                      Map<String, String> valid, Map<String, String> overrides) {
        valid.forEach((name, value) -> request.param(name, overrides.getOrDefault(name, value)));
        return request;
    }

    private Cookie registeredSponsor() throws Exception {
        String email = TestData.uniqueEmail("sponsor");
        mvc.perform(registration(email, Map.of())).andExpect(status().is3xxRedirection());
        return signIn(email);
    }

    private Cookie signIn(String email) throws Exception {
        return signIn(email, TestData.PASSWORD);
    }

    /** Signs in and returns the session cookie (sessions live in PostgreSQL, shared by every instance). */
    private Cookie signIn(String email, String password) throws Exception {
        return mvc.perform(formLogin("/login").userParameter("email").user(email).password(password))
                .andExpect(authenticated())
                .andReturn().getResponse().getCookie("SESSION");
    }

    private String page(Cookie session, String url) throws Exception {
        return mvc.perform(get(url).cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The text shown in the error block that belongs to one field. */
    private static String fieldErrors(String page, String field) {
        Matcher matcher = Pattern.compile("id=\"" + field + "-errors\" class=\"invalid-feedback\">(.*?)</div>",
                Pattern.DOTALL).matcher(page);
        assertThat(matcher.find()).as("an error block next to field %s", field).isTrue();
        return matcher.group(1);
    }

    /** How many credentials (command side) and account rows (read model) have this email. */
    private List<Long> storedAccounts(String email) {
        String normalized = Rules.normalizeEmail(email);
        return List.of(
                jdbc.queryForObject("select count(*) from account_credentials where email = ?", Long.class, normalized),
                jdbc.queryForObject("select count(*) from account_view where lower(email) = ?", Long.class, normalized));
    }

    private long campaignEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry where type = 'Campaign'", Long.class);
    }
}
