package com.sponsorship.web;

import static com.sponsorship.web.ApiClient.created;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A whole deal, from the first offer to COMPLETED and paid: once over the API and once in a real
 * browser, and each time an auditor finds every step in the history and in its CSV and JSON exports.
 */
@PlatformIntegrationTest
class DealJourneyIT {

    private static final String PW = TestData.PASSWORD;
    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    @LocalServerPort
    int port;

    @Test
    void overTheApi() {
        ApiClient api = new ApiClient(port);
        ApiClient.Parties parties = api.parties("Journey Brand", "Journey Creator", "Journey Launch", 5000);
        String sponsor = parties.sponsor();
        String influencer = parties.influencer();

        String deal = created(api.post("/api/v1/campaigns/" + parties.campaignId() + "/ad-requests", sponsor, PW,
                Map.of("influencerId", parties.influencerId(), "message", "Launch week", "requirements", "Show the mat",
                        "paymentAmount", 900, "answerWithinDays", 5, "terms", Map.of(
                                "deliverables", List.of(
                                        Map.of("kind", "INSTAGRAM_REEL", "count", 2, "description", "At the studio"),
                                        Map.of("kind", "BLOG_POST", "count", 1, "description", "A review")),
                                "dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(20).toString(),
                                "usageRightsMonths", 6, "exclusivityDays", 30))));
        JsonNode offered = api.get("/api/v1/ad-requests/" + deal, influencer, PW).body();
        assertThat(offered.get("status").asString()).isEqualTo("AWAITING_INFLUENCER");
        assertThat(offered.get("expiresAt").isNull()).isFalse();
        assertThat(offered.get("terms").get("deliverables").findValuesAsString("kind"))
                .containsExactly("INSTAGRAM_REEL", "BLOG_POST");

        assertThat(api.post("/api/v1/ad-requests/" + deal + "/counter", influencer, PW, Map.of("paymentAmount", 1000,
                "message", "1000 with 3 months of usage", "terms", Map.of("deliverables", List.of(
                        Map.of("kind", "INSTAGRAM_REEL", "count", 2, "description", "At the studio"),
                        Map.of("kind", "BLOG_POST", "count", 1, "description", "A review")),
                        "dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(20).toString(),
                        "usageRightsMonths", 3, "exclusivityDays", 30))).status())
                .as("the negotiation's own steps answer the ad request as it stands").isEqualTo(200);
        assertThat(api.post("/api/v1/ad-requests/" + deal + "/accept", sponsor, PW, Map.of()).status()).isEqualTo(200);
        JsonNode agreed = api.get("/api/v1/ad-requests/" + deal, sponsor, PW).body();
        assertThat(agreed.get("status").asString()).isEqualTo("AGREED");
        assertThat(agreed.get("deliverables").findValuesAsString("status")).containsExactly("PENDING", "PENDING");

        String deposit = created(api.post("/api/v1/ad-requests/" + deal + "/payments", sponsor, PW, Map.of(
                "amount", 300, "paidOn", TODAY, "method", "BANK_TRANSFER", "reference", "DEP-1")));
        assertThat(api.post("/api/v1/ad-requests/" + deal + "/payments/" + deposit + "/confirm", influencer, PW, Map.of())
                .status()).isEqualTo(204);

        String first = "/api/v1/ad-requests/" + deal + "/deliverables/1";
        String second = "/api/v1/ad-requests/" + deal + "/deliverables/2";
        assertThat(List.of(
                api.post(first + "/draft", influencer, PW, Map.of("url", "https://example.com/reel-v1", "note", "Cut 1")),
                api.post(first + "/request-changes", sponsor, PW, Map.of("note", "Show the logo")),
                api.post(first + "/draft", influencer, PW, Map.of("url", "https://example.com/reel-v2", "note", "Logo in")),
                api.post(first + "/approve", sponsor, PW, Map.of()),
                api.post(first + "/live", influencer, PW, Map.of("url", "https://instagram.example/reel")),
                api.post(second + "/draft", influencer, PW, Map.of("url", "https://example.com/post", "note", "")),
                api.post(second + "/approve", sponsor, PW, Map.of()),
                api.post(second + "/live", influencer, PW, Map.of("url", "https://blog.example/review")))
        ).extracting(ApiClient.Response::status).containsOnly(204);

        String rest = created(api.post("/api/v1/ad-requests/" + deal + "/payments", sponsor, PW, Map.of(
                "amount", 700, "paidOn", TODAY, "method", "PAYPAL", "reference", "REST-1")));
        assertThat(api.post("/api/v1/ad-requests/" + deal + "/payments/" + rest + "/confirm", influencer, PW, Map.of())
                .status()).isEqualTo(204);

        JsonNode done = api.get("/api/v1/ad-requests/" + deal, influencer, PW).body();
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.get("deliverables").findValuesAsString("status")).containsExactly("LIVE", "LIVE");
        assertThat(done.get("deliverables").get(0).get("changeRounds").asInt()).isEqualTo(1);
        assertThat(done.get("payments").findValuesAsString("status")).containsExactly("CONFIRMED", "CONFIRMED");
        assertThat(done.get("paid").decimalValue()).isEqualByComparingTo("1000");
        assertThat(done.get("outstanding").decimalValue()).isEqualByComparingTo("0");

        JsonNode ledger = api.get("/api/v1/campaigns/" + parties.campaignId() + "/ledger", sponsor, PW).body();
        assertThat(List.of(ledger.get("committed").decimalValue(), ledger.get("paid").decimalValue(),
                ledger.get("remaining").decimalValue())).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1000"), new BigDecimal("1000"),
                        new BigDecimal("4000"));
        assertThat(ledger.get("deals").get(0).get("status").asString()).isEqualTo("COMPLETED");

        String auditor = auditor(api);
        assertEveryStepInTheHistoryAndItsExports(api, auditor, deal, List.of(
                "opened the ad request",
                "made a counter-offer",
                "accepted",
                "recorded a payment of 300.00 (Bank transfer, paid on " + TODAY + ")",
                "confirmed receipt of payment DEP-1 of 300.00",
                "submitted a draft of deliverable 1 (2 × Instagram reel: At the studio): https://example.com/reel-v1",
                "requested changes to deliverable 1 (2 × Instagram reel: At the studio)",
                "submitted a draft of deliverable 1 (2 × Instagram reel: At the studio): https://example.com/reel-v2",
                "approved the draft of deliverable 1 (2 × Instagram reel: At the studio)",
                "published deliverable 1 (2 × Instagram reel: At the studio): https://instagram.example/reel",
                "submitted a draft of deliverable 2 (1 × Blog post: A review): https://example.com/post",
                "approved the draft of deliverable 2 (1 × Blog post: A review)",
                "published deliverable 2 (1 × Blog post: A review): https://blog.example/review",
                "completed: every deliverable is live",
                "recorded a payment of 700.00 (PayPal, paid on " + TODAY + ")",
                "confirmed receipt of payment REST-1 of 700.00"));
    }

    @Test
    void inTheBrowser() {
        ApiClient api = new ApiClient(port);
        ApiClient.Parties parties = api.parties("Harbour Brand", "Harbour Creator", "Harbour Days", 2000);
        String auditor = auditor(api);
        try (Browser browser = new Browser(port)) {
            browser.signIn(parties.sponsor(), PW);
            browser.open("/campaigns/choose?influencer=" + parties.influencerId() + "&campaign=" + parties.campaignId());
            browser.type("paymentAmount", "800");
            browser.type("message", "A post at dawn");
            browser.choose("terms-deliverables-0-kind", "Instagram post");
            browser.type("terms-deliverables-0-count", "1");
            browser.type("terms-deliverables-0-description", "Harbour at dawn");
            browser.setDate("terms-dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(20).toString());
            browser.submit("Send ad request");
            assertThat(browser.text("#negotiation-status")).isEqualTo("Awaiting influencer");
            String deal = browser.path();
            String deliverable = deal + "/deliverables/1";

            browser.signIn(parties.influencer(), PW);
            browser.open(deal);
            assertThat(browser.text("#terms")).contains("1 × Instagram post: Harbour at dawn");
            browser.submit("Accept");
            assertThat(browser.text("#negotiation-status")).isEqualTo("Agreed");

            browser.signIn(parties.sponsor(), PW);
            recordPayment(browser, deal, "300", "DEP-7");
            browser.signIn(parties.influencer(), PW);
            browser.open(deal);
            browser.submit("Confirm");
            browser.open(deliverable);
            browser.type("url", "https://example.com/dawn-v1");
            browser.type("note", "First light");
            browser.submit("Submit draft");

            browser.signIn(parties.sponsor(), PW);
            browser.open(deliverable);
            browser.type("note", "Less fog please");
            browser.submit("Request changes");
            assertThat(browser.text("#deliverable-list")).contains("Changes requested");

            browser.signIn(parties.influencer(), PW);
            browser.open(deliverable);
            browser.type("url", "https://example.com/dawn-v2");
            browser.submit("Submit draft");
            browser.signIn(parties.sponsor(), PW);
            browser.open(deliverable);
            browser.submit("Approve");
            browser.signIn(parties.influencer(), PW);
            browser.open(deliverable);
            browser.type("url", "https://instagram.example/dawn");
            browser.submit("Add live link");
            browser.open(deal);
            assertThat(browser.text("#negotiation-status")).isEqualTo("Completed");

            browser.signIn(parties.sponsor(), PW);
            recordPayment(browser, deal, "500", "REST-7");
            browser.signIn(parties.influencer(), PW);
            browser.open(deal);
            browser.submit("Confirm");
            assertThat(browser.text("#payments-paid")).isEqualTo("800.00");
            assertThat(browser.text("#payments-outstanding")).isEqualTo("0.00");
            assertThat(browser.text("#payment-list")).doesNotContain("Recorded");

            List<String> actions = List.of(
                    "opened the ad request",
                    "accepted",
                    "recorded a payment of 300.00 (Bank transfer, paid on " + TODAY + ")",
                    "confirmed receipt of payment DEP-7 of 300.00",
                    "submitted a draft of deliverable 1 (1 × Instagram post: Harbour at dawn): https://example.com/dawn-v1",
                    "requested changes to deliverable 1 (1 × Instagram post: Harbour at dawn)",
                    "submitted a draft of deliverable 1 (1 × Instagram post: Harbour at dawn): https://example.com/dawn-v2",
                    "approved the draft of deliverable 1 (1 × Instagram post: Harbour at dawn)",
                    "published deliverable 1 (1 × Instagram post: Harbour at dawn): https://instagram.example/dawn",
                    "completed: every deliverable is live",
                    "recorded a payment of 500.00 (Bank transfer, paid on " + TODAY + ")",
                    "confirmed receipt of payment REST-7 of 500.00");
            browser.signIn(auditor, PW);
            browser.open(deal);
            assertThat(browser.count("#thread > li")).isEqualTo(actions.size());
            String thread = browser.text("#thread");
            actions.forEach(action -> assertThat(thread).contains(action));
            assertEveryStepInTheHistoryAndItsExports(api, auditor, deal.substring(deal.lastIndexOf('/') + 1), actions);
        }
    }

    /** The signed-in sponsor records a bank transfer made today on the deal's page. */
    private static void recordPayment(Browser browser, String deal, String amount, String reference) {
        browser.open(deal);
        browser.type("payment-amount", amount);
        browser.setDate("paidOn", TODAY);
        browser.choose("method", "Bank transfer");
        browser.type("reference", reference);
        browser.submit("Record payment");
        assertThat(browser.text("#payment-list")).contains(reference);
    }

    /** A fresh auditor, created by the admin over the API; returns its email. */
    private static String auditor(ApiClient api) {
        String email = TestData.uniqueEmail("auditor");
        created(api.post("/api/v1/admin/auditors", TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD,
                Map.of("name", "Journey Auditor", "email", email, "password", PW)));
        return email;
    }

    /** The history's steps are exactly these, in time order, and the CSV and JSON exports carry each one. */
    private static void assertEveryStepInTheHistoryAndItsExports(ApiClient api, String auditor, String deal,
                                                                 List<String> actions) {
        String history = "/api/v1/ad-requests/" + deal + "/history";
        JsonNode steps = api.get(history, auditor, PW).body().get("steps");
        assertThat(steps.findValuesAsString("action")).containsExactlyElementsOf(actions);
        List<String> times = steps.findValuesAsString("at");
        assertThat(times).isSorted();
        HttpResponse<byte[]> download = api.bytes(history + ".csv", auditor, PW);
        assertThat(download.statusCode()).isEqualTo(200);
        String csv = new String(download.body(), StandardCharsets.UTF_8);
        assertThat(csv.lines().skip(1)).hasSize(actions.size());
        actions.forEach(action -> assertThat(csv).contains(action));
    }
}
