package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a TLS-terminating proxy on a trusted (here: loopback) address, X-Forwarded-Proto: https
 * makes the request secure: HSTS is sent and the session cookie is Secure. Plain http gets neither.
 */
@PlatformIntegrationTest
class ForwardedHttpsIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSignInForwardedAsHttpsGetsHstsAndASecureSessionCookie() throws Exception {
        HttpResponse<String> signedIn = signIn(true);
        assertThat(signedIn.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(sessionCookies(signedIn)).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).contains("Secure"));
    }

    @Test
    void aPlainHttpSignInGetsNeither() throws Exception {
        HttpResponse<String> signedIn = signIn(false);
        assertThat(signedIn.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookies(signedIn)).isNotEmpty().noneSatisfy(cookie -> assertThat(cookie).contains("Secure"));
    }

    private HttpResponse<String> signIn(boolean forwardedAsHttps) throws Exception {
        HttpResponse<String> loginPage = http.send(request("/login", forwardedAsHttps).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(loginPage.body());
        assertThat(csrf.find()).as("login form with a CSRF token").isTrue();
        String session = sessionCookies(loginPage).get(0).split(";")[0];
        String form = "email=" + URLEncoder.encode(TestData.ADMIN_EMAIL, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestData.ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        HttpResponse<String> signedIn = http.send(request("/login", forwardedAsHttps)
                .header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        return signedIn;
    }

    private HttpRequest.Builder request(String path, boolean forwardedAsHttps) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return forwardedAsHttps ? request.header("X-Forwarded-Proto", "https") : request;
    }

    private static List<String> sessionCookies(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("SESSION=")).toList();
    }
}
