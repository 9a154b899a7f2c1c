package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sponsorship.api.common.Rules;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/** Drafts, reviews, live links and completion of an agreed deal's deliverables, over the JSON API and the pages. */
@PlatformIntegrationTest
class DeliverablesIT {

    private static final String PW = TestData.PASSWORD;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    ApiClient api;
    ApiClient.Parties parties;

    @BeforeEach
    void parties() {
        api = new ApiClient(port);
        parties = api.parties("Deliverables Brand", "Deliverables Creator", "Deliverables Campaign", 5000);
    }

    /** A request for a reel and a blog post, accepted by the influencer. */
    private String agreedDeal() {
        return api.agreedDeal(parties, "Two pieces", 800, LocalDate.now().plusDays(20),
                ApiClient.deliverable("INSTAGRAM_REEL", "Unboxing"), ApiClient.deliverable("BLOG_POST", "Review"));
    }

    private ApiClient.Response act(String deal, int number, String action, String who, Map<String, Object> body) {
        return api.post("/api/v1/ad-requests/" + deal + "/deliverables/" + number + "/" + action, who, PW, body);
    }

    private void expectDone(ApiClient.Response answer) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(204);
    }

    private JsonNode deliverable(String deal, int number) {
        return api.get("/api/v1/ad-requests/" + deal, parties.sponsor(), PW).body().get("deliverables").get(number - 1);
    }

    @Test
    void draftsAreReviewedAndGoLiveAndTheLastLiveLinkCompletesTheDeal() throws Exception {
        String deal = agreedDeal();
        JsonNode agreed = api.get("/api/v1/ad-requests/" + deal, parties.influencer(), PW).body();
        assertThat(agreed.get("deliverables").findValuesAsString("status")).containsExactly("PENDING", "PENDING");
        assertThat(agreed.get("deliverables").findValuesAsString("kind")).containsExactly("INSTAGRAM_REEL", "BLOG_POST");
        assertThat(agreed.get("deliverables").get(1).get("number").asInt()).isEqualTo(2);

        ApiClient.Response early = act(deal, 1, "approve", parties.sponsor(), Map.of());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body().get("code").asString()).isEqualTo("wrong-step");
        ApiClient.Response badLink = act(deal, 1, "draft", parties.influencer(), Map.of("url", "not a link", "note", "x"));
        assertThat(badLink.status()).isEqualTo(400);
        assertThat(badLink.body().get("errors").findValuesAsString("field")).containsExactly("url");
        ApiClient.Response sponsorDraft = act(deal, 1, "draft", parties.sponsor(), Map.of("url", "https://x.test/d"));
        assertThat(sponsorDraft.status()).isEqualTo(403);
        assertThat(sponsorDraft.body().get("code").asString()).isEqualTo("not-your-negotiation");

        expectDone(act(deal, 1, "draft", parties.influencer(), Map.of("url", "https://x.test/reel-v1", "note", "First cut")));
        assertThat(deliverable(deal, 1).get("status").asString()).isEqualTo("SUBMITTED");
        expectDone(act(deal, 1, "request-changes", parties.sponsor(), Map.of("note", "Show the logo")));
        JsonNode changes = deliverable(deal, 1);
        assertThat(changes.get("status").asString()).isEqualTo("CHANGES_REQUESTED");
        assertThat(changes.get("changeRounds").asInt()).isEqualTo(1);
        expectDone(act(deal, 1, "draft", parties.influencer(), Map.of("url", "https://x.test/reel-v2")));
        expectDone(act(deal, 1, "approve", parties.sponsor(), Map.of()));
        expectDone(act(deal, 1, "live", parties.influencer(), Map.of("url", "https://instagram.com/p/reel")));
        JsonNode live = deliverable(deal, 1);
        assertThat(live.get("status").asString()).isEqualTo("LIVE");
        assertThat(live.get("draftUrl").asString()).isEqualTo("https://x.test/reel-v2");
        assertThat(live.get("liveUrl").asString()).isEqualTo("https://instagram.com/p/reel");

        String page = mvc.perform(get("/ad-requests/" + deal + "/deliverables/2").with(as(parties.influencer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("for=\"url\"", "for=\"note\"", "Submit draft");
        String refused = mvc.perform(post("/ad-requests/" + deal + "/deliverables/2/draft").with(csrf())
                        .with(as(parties.influencer())).param("url", "ftp://x.test/blog").param("note", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).containsPattern("id=\"url-errors\"[^>]*>\\s*" + Rules.LINK_INVALID);
        mvc.perform(post("/ad-requests/" + deal + "/deliverables/2/draft").with(csrf()).with(as(parties.influencer()))
                        .param("url", "https://x.test/blog").param("note", "Ready"))
                .andExpect(status().is3xxRedirection());
        String review = mvc.perform(get("/ad-requests/" + deal + "/deliverables/2").with(as(parties.sponsor())))
                .andReturn().getResponse().getContentAsString();
        assertThat(review).contains("Approve", "Request changes", "https://x.test/blog", "Ready");
        mvc.perform(post("/ad-requests/" + deal + "/deliverables/2/approve").with(csrf()).with(as(parties.sponsor())))
                .andExpect(status().is3xxRedirection());
        String twice = mvc.perform(post("/ad-requests/" + deal + "/deliverables/2/approve").with(csrf())
                        .with(as(parties.sponsor())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(twice).as("the refusal shows on the deliverable's page")
                .contains("There is no draft of this deliverable to review; it is approved and waits for its live link");
        expectDone(act(deal, 2, "live", parties.influencer(), Map.of("url", "https://blog.test/review")));

        await("the deal is completed").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get("/api/v1/ad-requests/" + deal, parties.sponsor(), PW).body().get("status").asString()
                        .equals("COMPLETED"));
        ApiClient.Response late = act(deal, 2, "draft", parties.influencer(), Map.of("url", "https://x.test/again"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body().get("code").asString()).isEqualTo("wrong-step");
        assertThat(api.post("/api/v1/ad-requests/" + deal + "/payments", parties.sponsor(), PW, Map.of("amount", 800,
                "paidOn", LocalDate.now().minusDays(1).toString(), "method", "PAYPAL", "reference", "PP-DONE")).status())
                .as("payments go on after completion").isEqualTo(201);
        assertThat(api.get("/api/v1/ad-requests/" + deal + "/history", parties.sponsor(), PW).body().get("steps")
                .findValuesAsString("action")).contains("completed: every deliverable is live");
        String thread = mvc.perform(get("/ad-requests/" + deal).with(as(parties.sponsor())))
                .andReturn().getResponse().getContentAsString();
        assertThat(thread).contains("id=\"deliverable-list\"", "Completed", "https://blog.test/review")
                .doesNotContain("id=\"overdue\"");
    }

    @Test
    void aFourthChangeRequestIsRefused() {
        String deal = agreedDeal();
        for (int round = 1; round <= 3; round++) {
            expectDone(act(deal, 1, "draft", parties.influencer(), Map.of("url", "https://x.test/v" + round)));
            expectDone(act(deal, 1, "request-changes", parties.sponsor(), Map.of("note", "Again")));
        }
        expectDone(act(deal, 1, "draft", parties.influencer(), Map.of("url", "https://x.test/v4")));
        ApiClient.Response fourth = act(deal, 1, "request-changes", parties.sponsor(), Map.of("note", "Once more"));
        assertThat(fourth.status()).isEqualTo(409);
        assertThat(fourth.body().get("code").asString()).isEqualTo("wrong-step");
        ApiClient.Response noNote = act(deal, 1, "request-changes", parties.sponsor(), Map.of("note", ""));
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.body().get("errors").findValuesAsString("field")).containsExactly("note");
        assertThat(act(deal, 9, "approve", parties.sponsor(), Map.of()).status()).isEqualTo(404);
    }

    @Test
    void ofConcurrentAnswersToTheSameDraftExactlyOneWins() throws Exception {
        String deal = agreedDeal();
        expectDone(act(deal, 1, "draft", parties.influencer(), Map.of("url", "https://x.test/race")));
        List<Callable<ApiClient.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(() -> act(deal, 1, "approve", parties.sponsor(), Map.of()));
            answers.add(() -> act(deal, 1, "request-changes", parties.sponsor(), Map.of("note", "Redo it")));
        }
        List<ApiClient.Response> statuses = AtOnce.send(answers);
        assertThat(statuses).filteredOn(answer -> answer.status() == 204).hasSize(1);
        assertThat(statuses).filteredOn(answer -> answer.status() != 204)
                .allSatisfy(answer -> assertThat(answer.body().get("code").asString()).isEqualTo("wrong-step"));
        JsonNode item = api.get("/api/v1/ad-requests/" + deal, parties.sponsor(), PW).body().get("deliverables").get(0);
        assertThat(item.get("status").asString()).isIn("APPROVED", "CHANGES_REQUESTED");
        assertThat(item.get("changeRounds").asInt()).isEqualTo(item.get("status").asString().equals("APPROVED") ? 0 : 1);
    }

    @Test
    void aDraftLeftUnreviewedForFiveDaysIsApprovedAutomatically() {
        String deal = agreedDeal();
        Instant before = Instant.now();
        expectDone(act(deal, 2, "draft", parties.influencer(), Map.of("url", "https://x.test/blog", "note", "Have a look")));
        Instant after = Instant.now();

        // five days pass: the review deadline (stored to the microsecond) falls due, as TermsIT does it
        assertThat(jdbc.update("update scheduled_tasks set execution_time = now() - interval '1 second'"
                        + " where execution_time between ? and ?",
                Timestamp.from(before.plus(Duration.ofDays(5)).minusMillis(1)),
                Timestamp.from(after.plus(Duration.ofDays(5)).plusMillis(1)))).isEqualTo(1);

        await("the draft was approved automatically").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> deliverable(deal, 2).get("status").asString().equals("APPROVED"));
        assertThat(deliverable(deal, 1).get("status").asString()).isEqualTo("PENDING");
        assertThat(api.get("/api/v1/ad-requests/" + deal + "/history", parties.sponsor(), PW).body().get("steps")
                .findValuesAsString("action")).anyMatch(action -> action.contains("automatically"));
        expectDone(act(deal, 2, "live", parties.influencer(), Map.of("url", "https://blog.test/review")));
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
