package com.sponsorship.web;

import static com.sponsorship.web.ApiClient.created;
import static com.sponsorship.web.ApiClient.deliverable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sponsorship.api.common.Rules;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Cancelling an agreed deal (propose, refuse, propose, accept) over the JSON API, with what it
 * releases in the ledger and the campaign's remaining budget; a draft disputed after three change
 * rounds and the admin who ends that deal; the pages that offer each step.
 */
@PlatformIntegrationTest
class CancellationIT {

    private static final String PW = TestData.PASSWORD;
    private static final String ADMIN = TestData.ADMIN_EMAIL;
    private static final String ADMIN_PW = TestData.ADMIN_PASSWORD;

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    ApiClient api;
    ApiClient.Parties parties;

    @BeforeEach
    void parties() {
        api = new ApiClient(port);
        parties = api.parties("Cancelling Brand", "Cancelling Creator", "Cancelled Campaign", 1000);
    }

    /** A request to the influencer for {@code amount} (one reel), accepted by it. */
    private String agreedDeal(int amount) {
        return api.agreedDeal(parties, "A reel", amount, LocalDate.now().plusDays(20),
                deliverable("INSTAGRAM_REEL", "Unboxing"));
    }

    private ApiClient.Response cancellation(String deal, String step, String who, Map<String, Object> body) {
        return api.post("/api/v1/ad-requests/" + deal + "/cancellation" + step, who, PW, body);
    }

    private static void expectDone(ApiClient.Response answer) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(204);
    }

    private static void expectRefused(ApiClient.Response answer, String code) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(409);
        assertThat(answer.body().get("code").asString()).isEqualTo(code);
    }

    private JsonNode deal(String id) {
        return api.get("/api/v1/ad-requests/" + id, parties.sponsor(), PW).body();
    }

    private JsonNode ledger(String query) {
        return api.get("/api/v1/campaigns/" + parties.campaignId() + "/ledger" + query, parties.sponsor(), PW).body();
    }

    private BigDecimal remainingBudget() {
        return api.get("/api/v1/campaigns/" + parties.campaignId(), parties.sponsor(), PW).body()
                .get("remainingBudget").decimalValue();
    }

    @Test
    void aProposalIsRefusedThenAcceptedAndReleasesExactlyTheOutstanding() throws Exception {
        String deal = agreedDeal(600);
        assertThat(api.post("/api/v1/ad-requests/" + deal + "/payments", parties.sponsor(), PW, Map.of("amount", 250,
                "paidOn", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(), "method", "PAYPAL",
                "reference", "PP-DEPOSIT")).status()).isEqualTo(201);
        BigDecimal remainingBefore = remainingBudget();
        assertThat(remainingBefore).isEqualByComparingTo("400");

        ApiClient.Response noReason = cancellation(deal, "", parties.sponsor(), Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().get("errors").findValuesAsString("field")).containsExactly("reason");
        ApiClient.Response tooLong = cancellation(deal, "", parties.sponsor(), Map.of("reason", "x".repeat(Rules.TEXT_MAX + 1)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().get("errors").findValuesAsString("field")).containsExactly("reason");
        expectRefused(cancellation(deal, "/accept", parties.influencer(), Map.of()), "wrong-step");

        expectDone(cancellation(deal, "", parties.sponsor(), Map.of("reason", "Our launch moved")));
        JsonNode pending = deal(deal);
        assertThat(pending.get("status").asString()).isEqualTo("AGREED");
        assertThat(pending.get("cancellation").get("proposedBy").asString()).isEqualTo("SPONSOR");
        assertThat(pending.get("cancellation").get("reason").asString()).isEqualTo("Our launch moved");
        expectRefused(cancellation(deal, "", parties.sponsor(), Map.of("reason", "Again")), "wrong-step");
        expectRefused(cancellation(deal, "", parties.influencer(), Map.of("reason", "Me too")), "wrong-step");
        expectRefused(cancellation(deal, "/accept", parties.sponsor(), Map.of()), "not-your-turn");
        expectRefused(cancellation(deal, "/refuse", parties.sponsor(), Map.of()), "not-your-turn");

        expectDone(cancellation(deal, "/refuse", parties.influencer(), Map.of()));
        assertThat(deal(deal).get("cancellation").isNull()).isTrue();
        assertThat(remainingBudget()).isEqualByComparingTo(remainingBefore);
        String beforeRelease = Instant.now().toString();

        expectDone(cancellation(deal, "", parties.influencer(), Map.of("reason", "I cannot film in time")));
        expectDone(cancellation(deal, "/accept", parties.sponsor(), Map.of()));

        JsonNode cancelled = deal(deal);
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("cancellation").isNull()).isTrue();
        assertThat(remainingBudget()).isEqualByComparingTo(remainingBefore.add(new BigDecimal("350")));
        JsonNode now = ledger("");
        assertThat(now.get("released").decimalValue()).isEqualByComparingTo("350");
        assertThat(now.get("committed").decimalValue()).isEqualByComparingTo("600");
        assertThat(now.get("paid").decimalValue()).isEqualByComparingTo("250");
        assertThat(now.get("remaining").decimalValue()).isEqualByComparingTo("750");
        assertThat(now.get("deals").get(0).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(now.get("deals").get(0).get("outstanding").decimalValue()).isEqualByComparingTo("0");
        JsonNode then = ledger("?asOf=" + URLEncoder.encode(beforeRelease, StandardCharsets.UTF_8));
        assertThat(then.get("released").decimalValue()).isEqualByComparingTo("0");
        assertThat(then.get("remaining").decimalValue()).isEqualByComparingTo("400");
        assertThat(then.get("deals").get(0).get("outstanding").decimalValue()).isEqualByComparingTo("350");

        expectRefused(cancellation(deal, "", parties.sponsor(), Map.of("reason", "Once more")), "wrong-step");
        expectRefused(api.post("/api/v1/ad-requests/" + deal + "/deliverables/1/draft", parties.influencer(), PW,
                Map.of("url", "https://x.test/late")), "wrong-step");
        expectRefused(api.post("/api/v1/ad-requests/" + deal + "/payments", parties.sponsor(), PW, Map.of("amount", 10,
                "paidOn", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(), "method", "OTHER",
                "reference", "LATE")), "wrong-step");

        List<String> actions = api.get("/api/v1/ad-requests/" + deal + "/history", parties.sponsor(), PW).body().get("steps")
                .findValuesAsString("action");
        assertThat(actions).containsSubsequence("proposed cancelling the deal", "refused the cancellation: the deal goes on",
                "proposed cancelling the deal", "cancelled the deal, releasing 350.00 to the campaign's budget");
        String csv = mvc.perform(get("/ad-requests/" + deal + "/history.csv").with(as(parties.sponsor())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("releasing 350.00", "I cannot film in time");
    }

    @Test
    void onlyTheDealsPartiesProposeAndOnlyAfterAgreementBeforeCompletion() {
        String offered = created(api.post("/api/v1/campaigns/" + parties.campaignId() + "/ad-requests", parties.sponsor(), PW,
                Map.of("influencerId", parties.influencerId(), "message", "Posts", "paymentAmount", 100)));
        expectRefused(cancellation(offered, "", parties.sponsor(), Map.of("reason", "Too early")), "wrong-step");
        String deal = agreedDeal(100);
        String stranger = api.register("sponsors", "Stranger Brand", Map.of("industry", "Sports"));
        assertThat(cancellation(deal, "", stranger, Map.of("reason", "Not mine")).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/ad-requests/" + deal + "/cancellation", ADMIN, ADMIN_PW, Map.of("reason", "Admin"))
                .status()).isEqualTo(403);
        ApiClient.Response noBody = api.post("/api/v1/ad-requests/" + deal + "/cancellation", parties.sponsor(), PW, Map.of());
        assertThat(noBody.status()).isEqualTo(400);
        assertThat(noBody.body().get("errors").findValuesAsString("field")).containsExactly("reason");
    }

    @Test
    void ofTwoConcurrentAcceptancesExactlyOneWins() throws Exception {
        String deal = agreedDeal(300);
        expectDone(cancellation(deal, "", parties.sponsor(), Map.of("reason", "Budget cut")));
        Callable<ApiClient.Response> accept = () -> cancellation(deal, "/accept", parties.influencer(), Map.of());
        List<ApiClient.Response> answers = AtOnce.send(List.of(accept, accept));
        assertThat(answers).filteredOn(answer -> answer.status() == 204).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.status() != 204)
                .allSatisfy(answer -> assertThat(answer.status()).as("%s", answer.body()).isEqualTo(409));
        assertThat(ledger("").get("released").decimalValue()).isEqualByComparingTo("300");
        assertThat(remainingBudget()).isEqualByComparingTo("1000");
    }

    @Test
    void aDraftDisputedAfterThreeRoundsIsEndedByAnAdmin() throws Exception {
        String deal = agreedDeal(500);
        String draft = "/api/v1/ad-requests/" + deal + "/deliverables/1/";
        expectDone(api.post(draft + "draft", parties.influencer(), PW, Map.of("url", "https://x.test/v0")));
        expectRefused(api.post(draft + "dispute", parties.sponsor(), PW, Map.of("reason", "Too soon")), "wrong-step");
        expectRefused(api.post("/api/v1/admin/ad-requests/" + deal + "/cancel", ADMIN, ADMIN_PW,
                Map.of("reason", "Nothing disputed")), "wrong-step");
        for (int round = 1; round <= 3; round++) {
            expectDone(api.post(draft + "request-changes", parties.sponsor(), PW, Map.of("note", "Again")));
            expectDone(api.post(draft + "draft", parties.influencer(), PW, Map.of("url", "https://x.test/v" + round)));
        }
        assertThat(api.post(draft + "dispute", parties.sponsor(), PW, Map.of()).status()).isEqualTo(400);
        assertThat(api.post(draft + "dispute", parties.influencer(), PW, Map.of("reason", "Me")).status()).isEqualTo(403);
        String reviewPage = mvc.perform(get("/ad-requests/" + deal + "/deliverables/1").with(as(parties.sponsor())))
                .andReturn().getResponse().getContentAsString();
        assertThat(reviewPage).contains("/deliverables/1/dispute", "for=\"reason\"", "Dispute");

        expectDone(api.post(draft + "dispute", parties.sponsor(), PW, Map.of("reason", "Still off-brand")));
        JsonNode item = deal(deal).get("deliverables").get(0);
        assertThat(item.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(item.get("disputeReason").asString()).isEqualTo("Still off-brand");
        expectRefused(api.post(draft + "dispute", parties.sponsor(), PW, Map.of("reason", "Twice")), "wrong-step");
        String influencerPage = mvc.perform(get("/ad-requests/" + deal + "/deliverables/1").with(as(parties.influencer())))
                .andReturn().getResponse().getContentAsString();
        assertThat(influencerPage).contains("In dispute", "Still off-brand");
        String adminPage = mvc.perform(get("/ad-requests/" + deal).with(as(ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(adminPage).contains("/admin/ad-requests/" + deal + "/cancel", "Cancel this deal");

        assertThat(api.post("/api/v1/admin/ad-requests/" + deal + "/cancel", parties.sponsor(), PW,
                Map.of("reason", "Mine")).status()).isEqualTo(403);
        ApiClient.Response noReason = api.post("/api/v1/admin/ad-requests/" + deal + "/cancel", ADMIN, ADMIN_PW,
                Map.of("reason", ""));
        assertThat(noReason.status()).isEqualTo(400);
        expectDone(api.post("/api/v1/admin/ad-requests/" + deal + "/cancel", ADMIN, ADMIN_PW,
                Map.of("reason", "The parties cannot agree")));

        assertThat(deal(deal).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(ledger("").get("released").decimalValue()).isEqualByComparingTo("500");
        assertThat(remainingBudget()).isEqualByComparingTo("1000");
        assertThat(api.get("/api/v1/ad-requests/" + deal + "/history", parties.sponsor(), PW).body().get("steps")
                .findValuesAsString("action")).contains(
                "disputed the draft of deliverable 1 (1 × Instagram reel: Unboxing) after the last change round",
                "cancelled the deal, releasing 500.00 to the campaign's budget");
        expectRefused(api.post("/api/v1/admin/ad-requests/" + deal + "/cancel", ADMIN, ADMIN_PW,
                Map.of("reason", "Again")), "wrong-step");
    }

    @Test
    void thePagesLetOneSideProposeAndTheOtherAnswer() throws Exception {
        String deal = agreedDeal(200);
        String page = mvc.perform(get("/ad-requests/" + deal).with(as(parties.influencer())))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Propose cancellation", "data-confirm=\"Propose cancelling this deal?");
        String refused = mvc.perform(post("/ad-requests/" + deal + "/cancellation").with(csrf()).with(as(parties.influencer()))
                        .param("reason", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).containsPattern("id=\"reason-errors\"[^>]*>\\s*" + Rules.REASON_REQUIRED);
        mvc.perform(post("/ad-requests/" + deal + "/cancellation").with(csrf()).with(as(parties.influencer()))
                .param("reason", "I moved abroad")).andExpect(status().is3xxRedirection());

        String proposer = mvc.perform(get("/ad-requests/" + deal).with(as(parties.influencer())))
                .andReturn().getResponse().getContentAsString();
        assertThat(proposer).contains("id=\"cancellation-proposal\"", "I moved abroad")
                .doesNotContain("Accept cancellation", "Propose cancellation");
        String other = mvc.perform(get("/ad-requests/" + deal).with(as(parties.sponsor())))
                .andReturn().getResponse().getContentAsString();
        assertThat(other).contains("I moved abroad", "Accept cancellation", "Refuse");
        mvc.perform(post("/ad-requests/" + deal + "/cancellation/accept").with(csrf()).with(as(parties.sponsor())))
                .andExpect(status().is3xxRedirection());

        assertThat(deal(deal).get("status").asString()).isEqualTo("CANCELLED");
        String ledgerPage = mvc.perform(get("/campaigns/" + parties.campaignId() + "/ledger").with(as(parties.sponsor())))
                .andReturn().getResponse().getContentAsString();
        assertThat(ledgerPage).containsPattern("id=\"ledger-released\"[^>]*>200.00<");
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
