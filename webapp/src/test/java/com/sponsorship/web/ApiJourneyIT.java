package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The first journey over the JSON API, over real HTTP on a random port. */
@PlatformIntegrationTest
class ApiJourneyIT {

    private static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void sponsorRegistersCreatesCampaignAndListsItOnTheNextRequest() {
        String email = TestData.uniqueEmail("api");
        ApiClient.Response registered = api.post("/api/v1/accounts/sponsors", null, null, sponsor(email));
        assertThat(registered.status()).isEqualTo(201);
        String sponsorId = registered.body().get("id").asString();

        JsonNode me = api.get("/api/v1/me", email, TestData.PASSWORD).body();
        assertThat(me.get("id").asString()).isEqualTo(sponsorId);
        assertThat(me.get("role").asString()).isEqualTo("SPONSOR");
        assertThat(me.get("email").asString()).isEqualTo(email);
        assertThat(me.get("industry").asString()).isEqualTo("Food-and-Beverage");

        ApiClient.Response created = api.post("/api/v1/campaigns", email, TestData.PASSWORD, campaign(Map.of()));
        assertThat(created.status()).isEqualTo(201);
        String campaignId = created.body().get("id").asString();

        JsonNode page = api.get("/api/v1/campaigns?page=0&size=20", email, TestData.PASSWORD).body();
        assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(1);
        assertThat(page.get("content").get(0).get("id").asString()).isEqualTo(campaignId);

        JsonNode campaign = api.get("/api/v1/campaigns/" + campaignId, email, TestData.PASSWORD).body();
        assertThat(campaign.get("name").asString()).isEqualTo("Api Campaign");
        assertThat(campaign.get("budget").decimalValue()).isEqualByComparingTo("2500.50");
        assertThat(campaign.get("remainingBudget").decimalValue()).isEqualByComparingTo("2500.50");
        assertThat(campaign.get("visibility").asString()).isEqualTo("Private");
        assertThat(campaign.get("status").asString()).isEqualTo("OPEN");
        assertThat(campaign.get("flagged").asBoolean()).isFalse();
        assertThat(campaign.get("startDate").asString()).isEqualTo(TestData.start().toString());
    }

    @Test
    void campaignListIsPaginatedWithTheAgreedPageShape() {
        String email = registeredSponsor();
        for (int i = 1; i <= 3; i++) {
            assertThat(api.post("/api/v1/campaigns", email, TestData.PASSWORD, campaign(Map.of("name", "Page " + i)))
                    .status()).isEqualTo(201);
        }
        JsonNode second = api.get("/api/v1/campaigns?page=1&size=2", email, TestData.PASSWORD).body();
        assertThat(second.get("content")).hasSize(1);
        assertThat(second.get("content").get(0).get("name").asString()).isEqualTo("Page 1");
        JsonNode info = second.get("page");
        assertThat(List.of(info.get("size").asInt(), info.get("number").asInt(), info.get("totalElements").asInt(),
                info.get("totalPages").asInt())).containsExactly(2, 1, 3, 2);
    }

    @Test
    void invalidRegistrationIsA400ProblemListingEveryFieldAndStoresNothing() {
        ApiClient.Response response = api.post("/api/v1/accounts/sponsors", null, null,
                Map.of("name", "x".repeat(46), "email", "nope", "password", "weak", "industry", "Bogus"));
        assertProblem(response, 400);
        assertThat(fields(response)).containsExactlyInAnyOrder("name", "email", "password", "industry");
        assertThat(api.get("/api/v1/me", "nope", "weak").status()).isEqualTo(401);
    }

    @Test
    void takenEmailIsA409Problem() {
        String email = registeredSponsor();
        ApiClient.Response response = api.post("/api/v1/accounts/sponsors", null, null, sponsor(email.toUpperCase()));
        assertProblem(response, 409);
        assertThat(response.body().get("code").asString()).isEqualTo("email-taken");
        assertThat(fields(response)).containsExactly("email");
    }

    @Test
    void invalidCampaignIsA400ProblemListingEveryFieldAndStoresNothing() {
        String email = registeredSponsor();
        ApiClient.Response response = api.post("/api/v1/campaigns", email, TestData.PASSWORD, campaign(Map.of(
                "name", "", "budget", 0, "category", "Knitting",
                "endDate", TestData.start().minusDays(1).toString())));
        assertProblem(response, 400);
        assertThat(fields(response)).containsExactlyInAnyOrder("name", "budget", "category", "endDate");
        assertThat(api.get("/api/v1/campaigns", email, TestData.PASSWORD).body().get("page").get("totalElements")
                .asLong()).isZero();
    }

    @Test
    void aValueOfTheWrongTypeIsA400ProblemNamingTheField() {
        String email = registeredSponsor();
        ApiClient.Response response = api.post("/api/v1/campaigns", email, TestData.PASSWORD,
                campaign(Map.of("budget", "a lot")));
        assertProblem(response, 400);
        assertThat(fields(response)).containsExactly("budget");
    }

    @Test
    void callersWithoutCredentialsOrTheRightAccountAreRefused() {
        String owner = registeredSponsor();
        String other = registeredSponsor();
        String campaignId = api.post("/api/v1/campaigns", owner, TestData.PASSWORD, campaign(Map.of()))
                .body().get("id").asString();

        assertProblem(api.get("/api/v1/me", null, null), 401);
        assertProblem(api.get("/api/v1/me", owner, TestData.WRONG_PASSWORD), 401);
        assertProblem(api.post("/api/v1/campaigns", null, null, campaign(Map.of())), 401);
        assertProblem(api.get("/api/v1/campaigns/" + campaignId, other, TestData.PASSWORD), 404);
        assertProblem(api.post("/api/v1/campaigns", "admin@test.local", TestData.ADMIN_PASSWORD, campaign(Map.of())), 403);
        assertThat(api.get("/api/v1/campaigns/" + campaignId, "admin@test.local", TestData.ADMIN_PASSWORD).status())
                .isEqualTo(200);
    }

    private String registeredSponsor() {
        String email = TestData.uniqueEmail("api");
        assertThat(api.post("/api/v1/accounts/sponsors", null, null, sponsor(email)).status()).isEqualTo(201);
        return email;
    }

    private static Map<String, Object> sponsor(String email) {
        return Map.of("name", "Api Brand", "email", email, "password", TestData.PASSWORD,
                "industry", "Food-and-Beverage");
    }

    private static Map<String, Object> campaign(Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Api Campaign", "description", "Launch",
                "goals", "Sales", "category", "Fitness", "budget", 2500.50, "visibility", "Private",
                "startDate", TestData.start().toString(), "endDate", TestData.end().toString()));
        body.putAll(overrides);
        return body;
    }

    private static void assertProblem(ApiClient.Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.body().get("status").asInt()).isEqualTo(status);
    }

    private static List<String> fields(ApiClient.Response response) {
        return StreamSupport.stream(response.body().get("errors").spliterator(), false)
                .map(error -> error.get("field").asString())
                .toList();
    }
}
