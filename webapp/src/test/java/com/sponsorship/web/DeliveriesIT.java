package com.sponsorship.web;

import static com.sponsorship.web.ApiClient.deliverable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/** The sponsor's "To review" and the influencer's "To deliver" queues, over the JSON API and the pages. */
@PlatformIntegrationTest
class DeliveriesIT {

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
        parties = api.parties("Queue Brand", "Queue Creator", "Queue Campaign", 5000);
    }

    /** An agreed deal due in {@code days} with these deliverables (kind, description). */
    private String agreedDeal(int days, Map<?, ?>... deliverables) {
        return api.agreedDeal(parties, "Deal", 400, LocalDate.now(ZoneOffset.UTC).plusDays(days), deliverables);
    }

    private void act(String deal, int number, String action, String who, Map<String, Object> body) {
        ApiClient.Response answer = api.post("/api/v1/ad-requests/" + deal + "/deliverables/" + number + "/" + action,
                who, PW, body);
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(204);
    }

    private JsonNode queue(String who, String parameters) {
        ApiClient.Response answer = api.get("/api/v1/deliveries" + parameters, who, PW);
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        return answer.body();
    }

    /** "deal#number" of each item, in order. */
    private static List<String> items(JsonNode page) {
        List<String> items = new ArrayList<>();
        page.get("content").forEach(item -> items.add(item.get("negotiationId").asString() + "#"
                + item.get("number").asInt()));
        return items;
    }

    @Test
    void influencersSeeWhatIsDueSoonestFirstAndSponsorsTheOldestDraftFirstUntilApprovedOrLive() {
        String later = agreedDeal(20, deliverable("INSTAGRAM_REEL", "Unboxing"), deliverable("BLOG_POST", "Review"));
        String sooner = agreedDeal(10, deliverable("TIKTOK_VIDEO", "Dance"));

        JsonNode toDeliver = queue(parties.influencer(), "");
        assertThat(items(toDeliver)).containsExactly(sooner + "#1", later + "#1", later + "#2");
        JsonNode first = toDeliver.get("content").get(0);
        assertThat(first.get("kind").asString()).isEqualTo("TIKTOK_VIDEO");
        assertThat(first.get("status").asString()).isEqualTo("PENDING");
        assertThat(first.get("dueDate").asString()).isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(10).toString());
        assertThat(first.get("overdue").asBoolean()).isFalse();
        assertThat(first.get("campaignName").asString()).isEqualTo("Queue Campaign");
        assertThat(first.get("sponsorName").asString()).isEqualTo("Queue Brand");
        assertThat(first.get("influencerName").asString()).isEqualTo("Queue Creator");
        assertThat(toDeliver.get("page").get("totalElements").asInt()).isEqualTo(3);
        assertThat(items(queue(parties.sponsor(), ""))).as("nothing submitted yet").isEmpty();

        act(later, 2, "draft", parties.influencer(), Map.of("url", "https://x.test/review", "note", "Have a look"));
        act(sooner, 1, "draft", parties.influencer(), Map.of("url", "https://x.test/dance"));
        JsonNode toReview = queue(parties.sponsor(), "");
        assertThat(items(toReview)).containsExactly(later + "#2", sooner + "#1");
        JsonNode oldest = toReview.get("content").get(0);
        assertThat(oldest.get("draftUrl").asString()).isEqualTo("https://x.test/review");
        assertThat(oldest.get("submittedAt").isNull()).isFalse();
        assertThat(oldest.get("reviewBy").isNull()).isFalse();
        assertThat(items(queue(parties.influencer(), "?status=SUBMITTED"))).containsExactly(sooner + "#1", later + "#2");

        act(later, 2, "approve", parties.sponsor(), Map.of());
        assertThat(items(queue(parties.sponsor(), ""))).containsExactly(sooner + "#1");
        assertThat(items(queue(parties.influencer(), "?status=APPROVED"))).containsExactly(later + "#2");
        act(later, 2, "live", parties.influencer(), Map.of("url", "https://blog.test/review"));
        assertThat(items(queue(parties.influencer(), ""))).containsExactly(sooner + "#1", later + "#1");
        JsonNode live = queue(parties.influencer(), "?status=LIVE");
        assertThat(items(live)).containsExactly(later + "#2");
        assertThat(live.get("content").get(0).get("liveUrl").asString()).isEqualTo("https://blog.test/review");
        assertThat(items(queue(parties.sponsor(), "?status=PENDING"))).containsExactly(later + "#1");

        JsonNode firstPage = queue(parties.influencer(), "?size=1&page=1");
        assertThat(items(firstPage)).containsExactly(later + "#1");
        assertThat(firstPage.get("page").get("totalPages").asInt()).isEqualTo(2);
    }

    @Test
    void aWrongStatusOrSizeIsRefusedNamingTheFieldAndOthersSeeNothingOfTheQueue() {
        String deal = agreedDeal(10, deliverable("BLOG_POST", "Review"));
        act(deal, 1, "draft", parties.influencer(), Map.of("url", "https://x.test/draft"));

        ApiClient.Response wrongStatus = api.get("/api/v1/deliveries?status=DONE", parties.influencer(), PW);
        assertThat(wrongStatus.status()).isEqualTo(400);
        assertThat(wrongStatus.contentType()).startsWith("application/problem+json");
        assertThat(wrongStatus.body().get("errors").findValuesAsString("field")).containsExactly("status");
        ApiClient.Response badSize = api.get("/api/v1/deliveries?size=0", parties.sponsor(), PW);
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(badSize.body().get("errors").findValuesAsString("field")).containsExactly("size");

        ApiClient.Parties others = api.parties("Other Brand", "Other Creator", "Other Campaign", 1000);
        assertThat(items(queue(others.sponsor(), ""))).isEmpty();
        assertThat(items(queue(others.sponsor(), "?status=PENDING"))).isEmpty();
        assertThat(items(queue(others.influencer(), ""))).isEmpty();
        assertThat(api.get("/api/v1/deliveries", TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD).status())
                .as("admins have no queue").isEqualTo(403);
    }

    @Test
    void thePagesLinkEachDeliverableAndItsThreadAndMarkWhatIsOverdue() throws Exception {
        String deal = agreedDeal(10, deliverable("INSTAGRAM_REEL", "Unboxing"), deliverable("BLOG_POST", "Review"));
        act(deal, 1, "draft", parties.influencer(), Map.of("url", "https://x.test/reel"));
        // the due date passed: the read model's row is moved back, as time would
        assertThat(jdbc.update("update delivery_view set due_date = ? where negotiation_id = ?",
                LocalDate.now(ZoneOffset.UTC).minusDays(1), deal)).isEqualTo(2);

        Document toDeliver = page("/influencer/to-deliver", parties.influencer());
        List<Element> rows = toDeliver.select("#deliveries tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.hasClass("overdue")).isTrue();
            assertThat(row.select(".badge").eachText()).contains("Overdue");
        });
        assertThat(rows.get(0).select("a").eachAttr("href"))
                .containsExactly("/ad-requests/" + deal + "/deliverables/1", "/ad-requests/" + deal);
        assertThat(toDeliver.select("label[for=status]").text()).isEqualTo("Status");
        assertThat(queue(parties.influencer(), "").get("content").get(0).get("overdue").asBoolean()).isTrue();

        Document toReview = page("/sponsor/to-review", parties.sponsor());
        assertThat(toReview.select("#deliveries tbody tr a").eachAttr("href"))
                .containsExactly("/ad-requests/" + deal + "/deliverables/1", "/ad-requests/" + deal);
        assertThat(toReview.select("#deliveries tbody tr td").eachText()).contains("Queue Creator");

        Document wrong = page("/sponsor/to-review?status=DONE", parties.sponsor());
        assertThat(wrong.select("#status-errors").text()).isEqualTo("Choose a status from the list");
        assertThat(wrong.select("#deliveries")).isEmpty();
        ApiClient.Parties others = api.parties("Empty Brand", "Empty Creator", "Empty Campaign", 1000);
        assertThat(page("/sponsor/to-review", others.sponsor()).select("#empty-queue").text())
                .contains("No draft is waiting for your review");
        assertThat(page("/influencer/to-deliver", others.influencer()).select("#empty-queue").text())
                .contains("Nothing to deliver");
        mvc.perform(get("/influencer/to-deliver").with(as(parties.sponsor()))).andExpect(status().isForbidden());
    }

    private Document page(String path, String email) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(as(email))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
