package com.sponsorship.web;

import static com.sponsorship.web.ApiClient.created;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A whole deal over the JSON API, over HTTP on a random port, as an integration would run it. */
@PlatformIntegrationTest
class NegotiationApiIT {

    private static final String ADMIN = TestData.ADMIN_EMAIL;
    private static final String ADMIN_PASSWORD = TestData.ADMIN_PASSWORD;

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void sponsorFindsAnInfluencerNegotiatesAndTheAgreementComesOutOfTheBudget() {
        String sponsor = register("sponsors", Map.of("industry", "Sports"));
        String influencer = register("influencers", Map.of("category", "Yoga", "reach", 52_000));
        String influencerId = api.accountId(influencer);
        String campaignId = created(api.post("/api/v1/campaigns", sponsor, TestData.PASSWORD, campaign("1000")));

        JsonNode found = api.get("/api/v1/influencers?q=yogi&category=Yoga&sort=reach,desc", sponsor, TestData.PASSWORD)
                .body();
        assertThat(found.get("content").findValuesAsString("id")).contains(influencerId);

        String requestId = created(api.post("/api/v1/campaigns/" + campaignId + "/ad-requests", sponsor,
                TestData.PASSWORD, Map.of("influencerId", influencerId, "message", "Three stories",
                        "requirements", "Tag us", "paymentAmount", 300)));
        assertThat(api.get("/api/v1/ad-requests", influencer, TestData.PASSWORD).body().get("content")
                .findValuesAsString("id")).contains(requestId);

        JsonNode countered = api.post("/api/v1/ad-requests/" + requestId + "/counter", influencer, TestData.PASSWORD,
                Map.of("paymentAmount", 450, "message", "My rate is 450")).body();
        assertThat(countered.get("status").asString()).isEqualTo("AWAITING_SPONSOR");

        ApiClient.Response outOfTurn = api.post("/api/v1/ad-requests/" + requestId + "/accept", influencer,
                TestData.PASSWORD, Map.of());
        assertThat(outOfTurn.status()).isEqualTo(409);
        assertThat(outOfTurn.body().get("code").asString()).isEqualTo("not-your-turn");

        JsonNode agreed = api.post("/api/v1/ad-requests/" + requestId + "/accept", sponsor, TestData.PASSWORD, Map.of())
                .body();
        assertThat(agreed.get("status").asString()).isEqualTo("AGREED");
        assertThat(agreed.get("paymentAmount").decimalValue()).isEqualByComparingTo("450");
        JsonNode campaign = api.get("/api/v1/campaigns/" + campaignId, sponsor, TestData.PASSWORD).body();
        assertThat(campaign.get("remainingBudget").decimalValue()).isEqualByComparingTo("550");

        JsonNode history = api.get("/api/v1/ad-requests/" + requestId + "/history", influencer, TestData.PASSWORD)
                .body();
        assertThat(history.get("steps").findValuesAsString("statusAfter"))
                .containsExactly("AWAITING_INFLUENCER", "AWAITING_SPONSOR", "AGREED");

        HttpResponse<byte[]> chart = api.bytes("/api/v1/stats/status-distribution.png", sponsor, TestData.PASSWORD);
        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(chart.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(chart.body()).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void anAcceptanceBeyondTheRemainingBudgetIsRefusedAndTheNegotiationStaysOpen() {
        String sponsor = register("sponsors", Map.of("industry", "Media"));
        String influencer = register("influencers", Map.of("category", "Music", "reach", 900));
        String influencerId = api.accountId(influencer);
        String campaignId = created(api.post("/api/v1/campaigns", sponsor, TestData.PASSWORD, campaign("200")));
        String requestId = created(api.post("/api/v1/campaigns/" + campaignId + "/ad-requests", sponsor,
                TestData.PASSWORD, Map.of("influencerId", influencerId, "paymentAmount", 250)));

        ApiClient.Response refused = api.post("/api/v1/ad-requests/" + requestId + "/accept", influencer,
                TestData.PASSWORD, Map.of());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("code").asString()).isEqualTo("budget-exceeded");
        assertThat(api.get("/api/v1/ad-requests/" + requestId, influencer, TestData.PASSWORD).body()
                .get("status").asString()).isEqualTo("AWAITING_INFLUENCER");
    }

    @Test
    void aFlaggedSponsorCannotCreateCampaignsUntilTheFlagIsCleared() {
        String sponsor = register("sponsors", Map.of("industry", "Retail"));
        String sponsorId = api.accountId(sponsor);

        assertThat(api.post("/api/v1/admin/accounts/" + sponsorId + "/flag", ADMIN, ADMIN_PASSWORD,
                Map.of("reason", "Unpaid invoices")).status()).isEqualTo(204);
        JsonNode me = api.get("/api/v1/me", sponsor, TestData.PASSWORD).body();
        assertThat(me.get("flagged").asBoolean()).isTrue();
        assertThat(me.get("flagReason").asString()).isEqualTo("Unpaid invoices");
        ApiClient.Response refused = api.post("/api/v1/campaigns", sponsor, TestData.PASSWORD, campaign("100"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("code").asString()).isEqualTo("account-flagged");

        assertThat(api.delete("/api/v1/admin/accounts/" + sponsorId + "/flag", ADMIN, ADMIN_PASSWORD).status())
                .isEqualTo(204);
        assertThat(api.post("/api/v1/campaigns", sponsor, TestData.PASSWORD, campaign("100")).status()).isEqualTo(201);
    }

    @Test
    void influencersSearchOnlyPublicOpenUnflaggedCampaigns() {
        String sponsor = register("sponsors", Map.of("industry", "Energy"));
        String influencer = register("influencers", Map.of("category", "Outdoors", "reach", 10));
        String marker = "Zq" + Long.toString(System.nanoTime(), 36);
        String visible = created(api.post("/api/v1/campaigns", sponsor, TestData.PASSWORD,
                campaign("900", Map.of("name", marker + " visible"))));
        created(api.post("/api/v1/campaigns", sponsor, TestData.PASSWORD,
                campaign("800", Map.of("name", marker + " hidden", "visibility", "Private"))));
        String flagged = created(api.post("/api/v1/campaigns", sponsor, TestData.PASSWORD,
                campaign("700", Map.of("name", marker + " flagged"))));
        api.post("/api/v1/admin/campaigns/" + flagged + "/flag", ADMIN, ADMIN_PASSWORD, Map.of("reason", "Misleading"));

        JsonNode found = api.get("/api/v1/campaigns?q=" + marker.toLowerCase() + "&sort=budget,asc", influencer,
                TestData.PASSWORD).body();

        assertThat(found.get("content").findValuesAsString("id")).containsExactly(visible);
        assertThat(found.get("page").get("totalElements").asLong()).isEqualTo(1);
    }

    private String register(String kind, Map<String, Object> profile) {
        return api.register(kind, kind.equals("influencers") ? "Yogi Creator" : "Deal Brand", profile);
    }

    private static Map<String, Object> campaign(String budget) {
        return campaign(budget, Map.of());
    }

    private static Map<String, Object> campaign(String budget, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Deal Campaign", "category", "Yoga",
                "budget", Double.parseDouble(budget), "visibility", "Public",
                "startDate", TestData.start().toString(), "endDate", TestData.end().toString()));
        body.putAll(overrides);
        return body;
    }
}
