package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Wrong passwords slow the next attempts for that name down, registered or not, answered the same
 * way either way; the owner is not locked out: after the delay the right password works again.
 */
@PlatformIntegrationTest
class SignInThrottleIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    /** The 5 free failures and 2 more: the next attempt waits 4 s, long enough to be too early even on a busy machine. */
    private static final int FAILURES = 7;
    private static final long DELAY_MILLIS = 4_000;

    @LocalServerPort
    int port;

    @Test
    void theApiAnswersARegisteredAndAnUnknownNameAlikeAndLetsTheOwnerInAfterTheDelay() throws Exception {
        ApiClient api = new ApiClient(port);
        String owner = TestData.uniqueEmail("owner");
        String unknown = TestData.uniqueEmail("unknown");
        assertThat(api.post("/api/v1/accounts/sponsors", null, null, Map.of("name", "Owner Brand", "email", owner,
                "password", TestData.PASSWORD, "industry", "Sports")).status()).isEqualTo(201);
        for (int i = 0; i < FAILURES; i++) {
            assertThat(api.get("/api/v1/me", owner, TestData.WRONG_PASSWORD).status()).isEqualTo(401);
            assertThat(api.get("/api/v1/me", unknown, TestData.WRONG_PASSWORD).status()).isEqualTo(401);
        }

        ApiClient.Response ownerTooEarly = api.get("/api/v1/me", owner, TestData.PASSWORD);
        ApiClient.Response unknownTooEarly = api.get("/api/v1/me", unknown, TestData.PASSWORD);
        assertThat(ownerTooEarly.status()).isEqualTo(401);
        assertThat(ownerTooEarly).isEqualTo(unknownTooEarly);

        afterTheDelay().untilAsserted(() -> assertThat(api.get("/api/v1/me", owner, TestData.PASSWORD).status())
                .isEqualTo(200));
    }

    @Test
    void theSignInPageSaysNothingButThatTheSignInFailed() throws Exception {
        String owner = TestData.uniqueEmail("page-owner");
        assertThat(new ApiClient(port).post("/api/v1/accounts/influencers", null, null, Map.of("name", "Page Owner",
                "email", owner, "password", TestData.PASSWORD, "category", "Yoga", "reach", 100)).status())
                .isEqualTo(201);
        for (int i = 0; i < FAILURES; i++) {
            assertThat(signIn(owner, TestData.WRONG_PASSWORD)).endsWith("/login?error");
        }
        assertThat(signIn(owner, TestData.PASSWORD)).endsWith("/login?error");
        assertThat(signIn(TestData.uniqueEmail("page-unknown"), TestData.PASSWORD)).endsWith("/login?error");
        afterTheDelay().untilAsserted(() -> assertThat(signIn(owner, TestData.PASSWORD)).doesNotContain("error"));
    }

    /** First tries once the delay has passed, then a few more times on a busy machine (an early try is not counted). */
    private static ConditionFactory afterTheDelay() {
        return await().pollDelay(Duration.ofMillis(DELAY_MILLIS)).pollInterval(Duration.ofMillis(200))
                .atMost(Duration.ofMillis(DELAY_MILLIS + 10_000));
    }

    /** Signs in through the page and answers where it redirects to. */
    private String signIn(String email, String password) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(loginPage.body());
        assertThat(csrf.find()).as("login form with a CSRF token").isTrue();
        String session = loginPage.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("SESSION=")).findFirst().orElseThrow().split(";")[0];
        String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return signedIn.headers().firstValue("Location").orElseThrow();
    }
}
