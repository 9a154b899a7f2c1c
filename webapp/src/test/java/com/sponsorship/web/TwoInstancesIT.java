package com.sponsorship.web;

import static com.sponsorship.web.ApiClient.created;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Two instances on one PostgreSQL behave as one: the API journey alternates between them request
 * by request, and every answer reflects the write just made on the other instance (read-your-writes
 * through the shared token store, aggregates never decided on a stale cached copy). The first
 * instance holds every projection's segments; a rebuild and a dead-letter retry are asked of the
 * second one.
 */
@PlatformIntegrationTest
class TwoInstancesIT {

    private static final String ADMIN = TestData.ADMIN_EMAIL;
    private static final String ADMIN_PASSWORD = TestData.ADMIN_PASSWORD;
    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    ConfigurableApplicationContext second;
    ApiClient first;
    ApiClient other;
    int requests;

    @BeforeEach
    void startSecondInstance() {
        second = SecondInstance.start(dataSource);
        first = new ApiClient(port);
        other = new ApiClient(((WebServerApplicationContext) second).getWebServer().getPort());
    }

    @AfterEach
    void stopSecondInstance() {
        second.close();
    }

    /** The instance for the next request: they take turns. */
    private ApiClient next() {
        return requests++ % 2 == 0 ? first : other;
    }

    @Test
    void requestsAlternatingBetweenInstancesSeeEveryWrite() throws InterruptedException {
        String sponsor = TestData.uniqueEmail("two-sponsor");
        assertThat(next().post("/api/v1/accounts/sponsors", null, null, Map.of("name", "Twin Brand", "email", sponsor,
                "password", TestData.PASSWORD, "industry", "Sports")).status()).isEqualTo(201);
        assertThat(next().get("/api/v1/me", sponsor, TestData.PASSWORD).status()).isEqualTo(200);
        String influencer = TestData.uniqueEmail("two-influencer");
        assertThat(next().post("/api/v1/accounts/influencers", null, null, Map.of("name", "Twin Creator",
                "email", influencer, "password", TestData.PASSWORD, "category", "Yoga", "reach", 1200)).status())
                .isEqualTo(201);
        ApiClient.Response me = next().get("/api/v1/me", influencer, TestData.PASSWORD);
        assertThat(me.status()).isEqualTo(200);
        String influencerId = me.body().get("id").asString();

        String campaign = created(next().post("/api/v1/campaigns", sponsor, TestData.PASSWORD, Map.of(
                "name", "Twin Campaign", "category", "Yoga", "budget", 1000, "visibility", "Public",
                "startDate", TestData.start().toString(), "endDate", TestData.end().toString())));
        assertThat(remainingBudget(sponsor, campaign)).isEqualTo("1000.00");

        String lastDeal = null;
        for (int deal = 1; deal <= 6; deal++) {
            lastDeal = created(next().post("/api/v1/campaigns/" + campaign + "/ad-requests", sponsor,
                    TestData.PASSWORD, Map.of("influencerId", influencerId, "message", "Deal " + deal,
                            "requirements", "One post", "paymentAmount", 100)));
            assertThat(status(influencer, lastDeal)).isEqualTo("AWAITING_INFLUENCER");
            ApiClient.Response countered = next().post("/api/v1/ad-requests/" + lastDeal + "/counter", influencer,
                    TestData.PASSWORD, Map.of("paymentAmount", 150, "message", "150 please"));
            assertThat(countered.status()).as("counter-offer %d", deal).isEqualTo(200);
            ApiClient.Response accepted = next().post("/api/v1/ad-requests/" + lastDeal + "/accept", sponsor,
                    TestData.PASSWORD, Map.of());
            assertThat(accepted.status()).as("acceptance %d: %s", deal, accepted.body()).isEqualTo(200);
            assertThat(status(influencer, lastDeal)).isEqualTo("AGREED");
            assertThat(remainingBudget(sponsor, campaign)).isEqualTo((1000 - 150 * deal) + ".00");
        }

        Map<String, String> before = new HashMap<>(ReadModelChecksums.of(jdbc));
        assertThat(other.post("/api/v1/admin/projections/rebuild", ADMIN, ADMIN_PASSWORD, Map.of()).status())
                .as("a rebuild asked of the instance that holds no segment").isEqualTo(202);
        await(first, statuses -> statuses.stream().noneMatch(status -> status.get("replaying").asBoolean()));
        List<JsonNode> rebuilt = ProjectionHealth.statuses(first);
        assertThat(rebuilt).filteredOn(status -> status.get("rebuildable").asBoolean())
                .allSatisfy(status -> assertThat(status.get("rebuildProblem").isNull()).isTrue());
        Map<String, String> after = new HashMap<>(ReadModelChecksums.of(jdbc));
        // the rebuild is an admin action: the log holds one row more, the other read models are as they were
        assertThat(after.remove("admin_action_view")).startsWith(rows(before.get("admin_action_view")) + 1 + ":");
        before.remove("admin_action_view");
        assertThat(after).isEqualTo(before);
        assertThat(remainingBudget(sponsor, campaign)).as("the rebuilt read models keep serving").isEqualTo("100.00");

        // a dead letter parked by the first instance, retried through the second
        String open = created(next().post("/api/v1/campaigns/" + campaign + "/ad-requests", sponsor,
                TestData.PASSWORD, Map.of("influencerId", influencerId, "message", "One more",
                        "requirements", "One post", "paymentAmount", 50)));
        Map<String, Object> statisticsRow = jdbc.queryForMap("select * from stats_negotiation where id = ?", open);
        jdbc.update("delete from stats_negotiation where id = ?", open);
        assertThat(next().post("/api/v1/ad-requests/" + open + "/reject", influencer, TestData.PASSWORD,
                Map.of()).status()).isEqualTo(200);
        await(first, statuses -> deadLetters(statuses, "statistics") == 1);
        jdbc.update("insert into stats_negotiation (id, sponsor_id, influencer_id, status, payment_bucket)"
                        + " values (?, ?, ?, ?, ?)", open, statisticsRow.get("sponsor_id"),
                statisticsRow.get("influencer_id"), statisticsRow.get("status"), statisticsRow.get("payment_bucket"));
        ApiClient.Response retried = other.post("/api/v1/admin/projections/statistics/dead-letters/retry", ADMIN,
                ADMIN_PASSWORD, Map.of());
        assertThat(retried.status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select status from stats_negotiation where id = ?", String.class, open))
                .isEqualTo("REJECTED");

        assertThat(jdbc.queryForObject("select count(*) from account_credentials where role = 'ADMIN'", Integer.class))
                .as("the admin account is created once").isEqualTo(1);
    }

    @Test
    void aSignInOnOneInstanceIsASignInOnTheOther() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;
        String otherBase = "http://localhost:" + ((WebServerApplicationContext) second).getWebServer().getPort();
        String loginPage = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).as("login form with a CSRF token").isTrue();
        String form = "email=" + URLEncoder.encode(ADMIN, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));

        // right after signing in, one user's parallel requests on both instances each add the CSRF token
        List<CompletableFuture<HttpResponse<String>>> parallel = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String page = (i % 2 == 0 ? base : otherBase) + (i % 4 < 2 ? "/stats" : "/admin");
            parallel.add(browser.sendAsync(HttpRequest.newBuilder(URI.create(page)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        assertThat(parallel).allSatisfy(response -> assertThat(response.get().statusCode()).isEqualTo(200));

        HttpResponse<String> onOther = browser.send(HttpRequest.newBuilder(URI.create(otherBase + "/admin")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(onOther.statusCode()).as("the other instance knows the session").isEqualTo(200);
        assertThat(onOther.body()).contains("Accounts");
    }

    private String status(String email, String adRequest) {
        ApiClient.Response response = next().get("/api/v1/ad-requests/" + adRequest, email, TestData.PASSWORD);
        assertThat(response.status()).as("ad request %s: %s", adRequest, response.body()).isEqualTo(200);
        return response.body().get("status").asString();
    }

    private String remainingBudget(String sponsor, String campaign) {
        ApiClient.Response response = next().get("/api/v1/campaigns/" + campaign, sponsor, TestData.PASSWORD);
        assertThat(response.status()).as("campaign %s", campaign).isEqualTo(200);
        return response.body().get("remainingBudget").decimalValue().setScale(2).toPlainString();
    }

    private static long deadLetters(List<JsonNode> statuses, String name) {
        return statuses.stream().filter(status -> status.get("name").asString().equals(name))
                .mapToLong(status -> status.get("deadLetters").asLong()).sum();
    }

    private static void await(ApiClient instance, Predicate<List<JsonNode>> condition) throws InterruptedException {
        Awaitility.await("projections").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(() -> ProjectionHealth.statuses(instance), condition);
    }

    /** The row count a {@link ReadModelChecksums} value starts with. */
    private static long rows(String checksum) {
        return Long.parseLong(checksum.substring(0, checksum.indexOf(':')));
    }
}
