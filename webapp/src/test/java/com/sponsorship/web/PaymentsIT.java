package com.sponsorship.web;

import static com.sponsorship.web.ApiClient.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Payments of an agreed deal over the JSON API (deposit, rest, confirm, dispute, refusals, concurrent
 * recordings), the campaign ledger (JSON, CSV, as of a past moment) and the pages that show them.
 */
@PlatformIntegrationTest
class PaymentsIT {

    private static final String PW = TestData.PASSWORD;
    /** A day that is past in every time zone (the rule reads the JVM's and the event clock's UTC "today"). */
    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    ApiClient api;
    private ApiClient.Parties parties;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        parties = api.parties("Paying Brand", "Paid Creator", "Paid Campaign", 1000);
    }

    /** A request to the influencer for {@code amount}, accepted by it. */
    private String agreedDeal(int amount) {
        return api.agreedDeal(parties, "Posts", amount);
    }

    private static Map<String, Object> payment(Object amount, String reference) {
        return new HashMap<>(Map.of("amount", amount, "paidOn", TODAY, "method", "BANK_TRANSFER",
                "reference", reference));
    }

    private ApiClient.Response record(String deal, Object amount, String reference) {
        return api.post("/api/v1/ad-requests/" + deal + "/payments", parties.sponsor(), PW, payment(amount, reference));
    }

    private JsonNode deal(String id) {
        return api.get("/api/v1/ad-requests/" + id, parties.sponsor(), PW).body();
    }

    private JsonNode ledger(String query) {
        ApiClient.Response answer = api.get("/api/v1/campaigns/" + parties.campaignId() + "/ledger" + query,
                parties.sponsor(), PW);
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static void assertAddsUp(JsonNode ledger) {
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        for (JsonNode deal : ledger.get("deals")) {
            committed = committed.add(deal.get("agreed").decimalValue());
            paid = paid.add(deal.get("paid").decimalValue());
            assertThat(deal.get("outstanding").decimalValue())
                    .isEqualByComparingTo(deal.get("agreed").decimalValue().subtract(deal.get("paid").decimalValue()));
        }
        assertThat(ledger.get("committed").decimalValue()).isEqualByComparingTo(committed);
        assertThat(ledger.get("paid").decimalValue()).isEqualByComparingTo(paid);
        assertThat(ledger.get("budget").decimalValue()).isEqualByComparingTo(ledger.get("committed").decimalValue()
                .add(ledger.get("remaining").decimalValue()).subtract(ledger.get("released").decimalValue()));
    }

    private static void assertRefused(ApiClient.Response answer, int status, String code) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(status);
        assertThat(answer.body().get("code").asString()).isEqualTo(code);
    }

    @Test
    void aDepositThenTheRestConfirmedAndDisputedAddUpInTheRequestAndTheLedger() throws Exception {
        String deal = agreedDeal(500);
        JsonNode fresh = deal(deal);
        assertThat(fresh.get("status").asString()).isEqualTo("AGREED");
        assertThat(fresh.get("paymentAmount").decimalValue()).isEqualByComparingTo("500");
        assertThat(fresh.get("payments")).isEmpty();
        assertThat(fresh.get("paid").decimalValue()).isEqualByComparingTo("0");
        assertThat(fresh.get("outstanding").decimalValue()).isEqualByComparingTo("500");

        String deposit = created(record(deal, 200, "TR-1"));
        String history = "/api/v1/ad-requests/" + deal + "/history";
        String depositAt = api.get(history, parties.sponsor(), PW).body().get("steps").get(2).get("at").asString();
        String rest = created(record(deal, 300.00, "TR-2"));

        JsonNode paidInFull = deal(deal);
        assertThat(paidInFull.get("payments").findValuesAsString("id")).containsExactly(deposit, rest);
        assertThat(paidInFull.get("payments").get(0).get("amount").decimalValue()).isEqualByComparingTo("200");
        assertThat(paidInFull.get("payments").get(0).get("paidOn").asString()).isEqualTo(TODAY);
        assertThat(paidInFull.get("payments").get(0).get("method").asString()).isEqualTo("BANK_TRANSFER");
        assertThat(paidInFull.get("payments").get(0).get("reference").asString()).isEqualTo("TR-1");
        assertThat(paidInFull.get("payments").findValuesAsString("status")).containsExactly("RECORDED", "RECORDED");
        assertThat(paidInFull.get("paid").decimalValue()).isEqualByComparingTo("500");
        assertThat(paidInFull.get("outstanding").decimalValue()).isEqualByComparingTo("0");
        assertRefused(record(deal, 0.01, "TR-3"), 409, "payment-exceeds-due");

        String payments = "/api/v1/ad-requests/" + deal + "/payments/";
        assertThat(api.post(payments + deposit + "/confirm", parties.influencer(), PW, Map.of()).status()).isEqualTo(204);
        assertRefused(api.post(payments + deposit + "/confirm", parties.influencer(), PW, Map.of()), 409, "payment-answered");
        assertThat(api.post(payments + rest + "/dispute", parties.influencer(), PW, Map.of("reason", "Nothing arrived"))
                .status()).isEqualTo(204);
        JsonNode disputed = api.get("/api/v1/ad-requests/" + deal, parties.influencer(), PW).body();
        assertThat(disputed.get("payments").findValuesAsString("status")).containsExactly("CONFIRMED", "DISPUTED");
        assertThat(disputed.get("paid").decimalValue()).isEqualByComparingTo("200");
        assertThat(disputed.get("outstanding").decimalValue()).isEqualByComparingTo("300");
        // the disputed amount is due again
        String again = created(record(deal, 300, "TR-2b"));

        JsonNode steps = api.get(history, parties.sponsor(), PW).body().get("steps");
        assertThat(steps.findValuesAsString("action")).containsExactly("opened the ad request",
                "accepted", "recorded a payment of 200.00 (Bank transfer, paid on " + TODAY + ")",
                "recorded a payment of 300.00 (Bank transfer, paid on " + TODAY + ")",
                "confirmed receipt of payment TR-1 of 200.00", "disputed payment TR-2 of 300.00",
                "recorded a payment of 300.00 (Bank transfer, paid on " + TODAY + ")");
        assertThat(steps.findValuesAsString("statusAfter")).containsOnly("AWAITING_INFLUENCER", "AGREED");
        assertThat(csv(history + ".csv", parties.influencer())).contains("disputed payment TR-2 of 300.00", "Nothing arrived",
                "Reference: TR-2b");

        JsonNode now = ledger("");
        assertAddsUp(now);
        assertThat(now.get("budget").decimalValue()).isEqualByComparingTo("1000");
        assertThat(now.get("committed").decimalValue()).isEqualByComparingTo("500");
        assertThat(now.get("paid").decimalValue()).isEqualByComparingTo("500");
        assertThat(now.get("released").decimalValue()).isEqualByComparingTo("0");
        assertThat(now.get("remaining").decimalValue()).isEqualByComparingTo("500");
        JsonNode row = now.get("deals").get(0);
        assertThat(row.get("negotiationId").asString()).isEqualTo(deal);
        assertThat(row.get("influencerId").asString()).isEqualTo(parties.influencerId());
        assertThat(row.get("influencerName").asString()).isEqualTo("Paid Creator");
        assertThat(row.get("outstanding").decimalValue()).isEqualByComparingTo("0");
        assertThat(row.get("status").asString()).isEqualTo("AGREED");
        assertThat(again).isNotBlank();

        JsonNode between = ledger("?asOf=" + URLEncoder.encode(depositAt, StandardCharsets.UTF_8));
        assertAddsUp(between);
        assertThat(between.get("paid").decimalValue()).isEqualByComparingTo("200");
        assertThat(between.get("deals").get(0).get("outstanding").decimalValue()).isEqualByComparingTo("300");
        JsonNode beforeAnything = ledger("?asOf=2001-01-01T00:00:00Z");
        assertThat(beforeAnything.get("deals")).isEmpty();
        assertThat(beforeAnything.get("budget").decimalValue()).isEqualByComparingTo("0");

        MockHttpServletResponse csv = mvc.perform(get("/api/v1/campaigns/" + parties.campaignId() + "/ledger.csv")
                .with(httpBasic(parties.sponsor(), PW))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).isEqualTo(
                "attachment; filename=\"campaign-" + parties.campaignId() + "-ledger.csv\"");
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8).split("\r\n")).containsExactly(
                "negotiation_id,influencer_id,influencer_name,agreed,paid,outstanding,status,budget,released,remaining",
                deal + "," + parties.influencerId() + ",Paid Creator,500.00,500.00,0.00,AGREED,,,",
                "TOTAL,,,500.00,500.00,0.00,,1000.00,0.00,500.00");
    }

    @Test
    void refusalsAnswerTheirCodeAndBadInputItsFields() {
        String open = api.adRequest(parties, "Posts", 100);
        assertRefused(record(open, 10, "EARLY"), 409, "wrong-step");

        String deal = agreedDeal(400);
        assertRefused(api.post("/api/v1/ad-requests/" + deal + "/payments", parties.influencer(), PW, payment(10, "MINE")),
                403, "not-your-negotiation");
        assertRefused(record(deal, 400.01, "TOO-MUCH"), 409, "payment-exceeds-due");
        String first = created(record(deal, 100, "REF-1"));
        ApiClient.Response twice = record(deal, 100, "ref-1");
        assertRefused(twice, 409, "duplicate-payment");
        assertThat(twice.body().get("errors").findValuesAsString("field")).containsExactly("reference");
        assertRefused(api.post("/api/v1/ad-requests/" + deal + "/payments/" + first + "/confirm", parties.sponsor(), PW,
                Map.of()), 403, "not-your-negotiation");
        assertThat(api.post("/api/v1/ad-requests/" + deal + "/payments/no-such-payment/confirm", parties.influencer(), PW,
                Map.of()).status()).isEqualTo(404);

        Map<String, Object> bad = new HashMap<>(Map.of("amount", 10.001, "paidOn",
                LocalDate.now(ZoneOffset.UTC).plusDays(3).toString(), "method", "BITCOIN", "reference", "x".repeat(101)));
        ApiClient.Response invalid = api.post("/api/v1/ad-requests/" + deal + "/payments", parties.sponsor(), PW, bad);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("amount", "paidOn", "method", "reference");
        bad.putAll(Map.of("amount", -5, "paidOn", "1999-12-31", "method", "PAYPAL", "reference", ""));
        assertThat(api.post("/api/v1/ad-requests/" + deal + "/payments", parties.sponsor(), PW, bad).body().get("errors")
                .findValuesAsString("field")).containsExactlyInAnyOrder("amount", "paidOn", "reference");
        ApiClient.Response noReason = api.post("/api/v1/ad-requests/" + deal + "/payments/" + first + "/dispute",
                parties.influencer(), PW, Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().get("errors").findValuesAsString("field")).containsExactly("reason");
        assertThat(api.get("/api/v1/campaigns/" + parties.campaignId() + "/ledger?asOf=yesterday", parties.sponsor(), PW).body()
                .get("errors").findValuesAsString("field")).containsExactly("asOf");
        assertThat(deal(deal).get("paid").decimalValue()).isEqualByComparingTo("100");
    }

    @Test
    void theLedgerIsTheSponsorsAndStaffsToRead() throws Exception {
        agreedDeal(100);
        String other = api.register("sponsors", "Other Brand", Map.of("industry", "Sports"));
        String auditor = TestData.uniqueEmail("auditor");
        created(api.post("/api/v1/admin/auditors", TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD,
                Map.of("name", "Ledger Auditor", "email", auditor, "password", PW)));
        String path = "/api/v1/campaigns/" + parties.campaignId() + "/ledger";

        assertThat(api.get(path, auditor, PW).body().get("committed").decimalValue()).isEqualByComparingTo("100");
        assertThat(api.get(path, TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD).status()).isEqualTo(200);
        assertThat(api.get(path, other, PW).status()).isEqualTo(404);
        assertThat(api.get(path, parties.influencer(), PW).status()).isEqualTo(403);
        mvc.perform(get(path + ".csv").with(httpBasic(parties.influencer(), PW))).andExpect(status().isForbidden());
        assertThat(csv(path + ".csv", auditor)).startsWith("negotiation_id,");
    }

    @Test
    void ofConcurrentRecordingsThatTogetherExceedWhatIsDueExactlyOneWins() throws Exception {
        String deal = agreedDeal(500);
        List<Callable<ApiClient.Response>> recordings = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String reference = "RACE-" + i;
            recordings.add(() -> record(deal, 300, reference));
        }
        List<ApiClient.Response> answers = AtOnce.send(recordings);
        assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.status() != 201)
                .allSatisfy(answer -> assertThat(answer.status()).as("%s", answer.body()).isEqualTo(409));
        JsonNode after = deal(deal);
        assertThat(after.get("payments")).hasSize(1);
        assertThat(after.get("outstanding").decimalValue()).isEqualByComparingTo("200");
    }

    private String csv(String path, String email) throws Exception {
        return mvc.perform(get(path).with(httpBasic(email, PW))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private RequestPostProcessor signedIn(String email) {
        return user(users.loadUserByUsername(email));
    }

    @Test
    void thePagesShowPaymentsLetEachSideActAndReportErrorsNextToTheFields() throws Exception {
        String deal = agreedDeal(500);
        String page = mvc.perform(get("/ad-requests/" + deal).with(signedIn(parties.sponsor())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Record payment", "id=\"payment-amount\"", "No payment recorded yet.");

        String refused = mvc.perform(post("/ad-requests/" + deal + "/payments").with(csrf()).with(signedIn(parties.sponsor()))
                        .param("amount", "600").param("paidOn", TODAY).param("method", "PAYPAL").param("reference", "PP-1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("payment-amount-errors", "Only 500.00 is still due");
        String invalid = mvc.perform(post("/ad-requests/" + deal + "/payments").with(csrf()).with(signedIn(parties.sponsor()))
                        .param("amount", "").param("paidOn", "").param("method", "").param("reference", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(invalid).contains("paidOn-errors", "method-errors", "reference-errors", "payment-amount-errors");
        mvc.perform(post("/ad-requests/" + deal + "/payments").with(csrf()).with(signedIn(parties.sponsor()))
                        .param("amount", "200").param("paidOn", TODAY).param("method", "PAYPAL").param("reference", "PP-1"))
                .andExpect(redirectedUrl("/ad-requests/" + deal));
        String paymentId = deal(deal).get("payments").get(0).get("id").asString();

        String influencerPage = mvc.perform(get("/ad-requests/" + deal).with(signedIn(parties.influencer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(influencerPage).contains("PP-1", "PayPal", "Confirm", "/payments/" + paymentId + "/dispute")
                .doesNotContain("Record payment");
        String disputeForm = mvc.perform(post("/ad-requests/" + deal + "/payments/" + paymentId + "/dispute")
                        .with(csrf()).with(signedIn(parties.influencer())).param("reason", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(disputeForm).contains("reason-errors", "Give a reason");
        mvc.perform(post("/ad-requests/" + deal + "/payments/" + paymentId + "/confirm").with(csrf())
                .with(signedIn(parties.influencer()))).andExpect(redirectedUrl("/ad-requests/" + deal));

        String payments = mvc.perform(get("/influencer/payments").with(signedIn(parties.influencer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(payments).contains("Paid Campaign", "300.00", "200.00", "PP-1");
        mvc.perform(get("/influencer/payments").with(signedIn(parties.sponsor()))).andExpect(status().isForbidden());

        String campaignPage = mvc.perform(get("/campaigns/" + parties.campaignId()).with(signedIn(parties.sponsor())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(campaignPage).contains("/campaigns/" + parties.campaignId() + "/ledger");
        String ledgerPage = mvc.perform(get("/campaigns/" + parties.campaignId() + "/ledger").with(signedIn(parties.sponsor())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ledgerPage).contains("Paid Creator", "1,000.00", "500.00", "200.00", "300.00", "ledger.csv");
        String pastLedger = mvc.perform(get("/campaigns/" + parties.campaignId() + "/ledger")
                        .param("asOf", Instant.now().minusSeconds(3600 * 24 * 365 * 30L).toString())
                        .with(signedIn(parties.sponsor())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(pastLedger).contains("No agreed deal yet.", "ledger-as-of");
        mvc.perform(get("/campaigns/" + parties.campaignId() + "/ledger.csv").with(signedIn(parties.sponsor())))
                .andExpect(status().isOk());
    }
}
