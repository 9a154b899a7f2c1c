package com.sponsorship.web;

import static com.sponsorship.web.ApiClient.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access (GDPR Art. 15): each person downloads everything recorded about them, from the event store,
 * as the API's JSON and as a page, and nothing of the other party but their id and role.
 */
@PlatformIntegrationTest
class PersonalExportIT {

    private static final String PW = TestData.PASSWORD;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void eachPartyGetsTheirAccountTheirCampaignsAndEveryStepOfTheirDealButNothingOfTheOtherPersonal() throws Exception {
        ApiClient api = new ApiClient(port);
        String unique = Long.toString(System.nanoTime(), 36);
        String sponsorName = "Exporting Brand " + unique;
        String influencerName = "Exporting Creator " + unique;
        String sponsor = api.register("sponsors", sponsorName, Map.of("industry", "Sports"));
        String influencer = api.register("influencers", influencerName, Map.of("category", "Yoga", "reach", 1_000));
        String sponsorId = api.accountId(sponsor);
        String influencerId = api.accountId(influencer);
        mvc.perform(post("/profile").with(csrf()).with(as(influencer)).param("name", influencerName)
                .param("category", "YOGA").param("reach", "2500")).andExpect(status().is3xxRedirection());
        String campaign = api.campaign(sponsor, "Export Campaign " + unique, 4000);
        String deal = created(api.post("/api/v1/campaigns/" + campaign + "/ad-requests", sponsor, PW,
                Map.of("influencerId", influencerId, "message", "One reel, please", "paymentAmount", 600)));
        assertThat(api.post("/api/v1/ad-requests/" + deal + "/counter", influencer, PW,
                Map.of("paymentAmount", 700, "message", "My rate is 700")).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/ad-requests/" + deal + "/accept", sponsor, PW, Map.of()).status()).isEqualTo(200);
        created(api.post("/api/v1/ad-requests/" + deal + "/payments", sponsor, PW, Map.of("amount", 200,
                "paidOn", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(), "method", "PAYPAL",
                "reference", "EXPORT-1")));
        assertThat(api.post("/api/v1/ad-requests/" + deal + "/deliverables/1/draft", influencer, PW,
                Map.of("url", "https://example.com/export-draft", "note", "First cut")).status()).isEqualTo(204);

        HttpResponse<byte[]> download = api.bytes("/api/v1/me/export", influencer, PW);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(
                disposition).startsWith("attachment").contains("filename=\"sponsorship-record-" + influencerId));
        String text = new String(download.body(), StandardCharsets.UTF_8);
        JsonNode record = JSON.readTree(text);
        assertThat(record.get("explanation").asString()).contains("id and role only");
        assertThat(Instant.parse(record.get("generatedAt").asString())).isBefore(Instant.now().plusSeconds(1));
        JsonNode account = record.get("account");
        assertThat(account.get("id").asString()).isEqualTo(influencerId);
        assertThat(account.get("name").asString()).isEqualTo(influencerName);
        assertThat(account.get("email").asString()).isEqualTo(influencer);
        assertThat(account.get("reach").asLong()).isEqualTo(2500);
        assertThat(record.get("accountEvents").findValuesAsString("what"))
                .containsExactly("Influencer registered", "Influencer profile updated");
        assertThat(record.get("accountEvents").get(0).get("details").get("email").asString()).isEqualTo(influencer);
        assertThat(record.get("accountEvents").get(1).get("details").get("reach").asString()).isEqualTo("2500");
        assertThat(record.get("campaigns")).isEmpty();

        assertThat(record.get("negotiations")).hasSize(1);
        JsonNode negotiation = record.get("negotiations").get(0);
        assertThat(negotiation.get("negotiationId").asString()).isEqualTo(deal);
        assertThat(negotiation.get("campaignId").asString()).isEqualTo(campaign);
        assertThat(negotiation.get("yourRole").asString()).isEqualTo("INFLUENCER");
        assertThat(negotiation.get("otherParty").get("accountId").asString()).isEqualTo(sponsorId);
        assertThat(negotiation.get("otherParty").get("role").asString()).isEqualTo("SPONSOR");
        JsonNode steps = negotiation.get("steps");
        assertThat(steps.findValuesAsString("action")).hasSize(5).satisfies(actions -> {
            assertThat(actions.get(0)).isEqualTo("opened the ad request");
            assertThat(actions.get(1)).isEqualTo("made a counter-offer");
            assertThat(actions.get(2)).isEqualTo("accepted");
            assertThat(actions.get(3)).startsWith("recorded a payment of 200.00");
            assertThat(actions.get(4)).startsWith("submitted a draft of deliverable 1");
        });
        assertInTimeOrder(steps);
        assertThat(steps).as("the same steps as the history auditors read")
                .isEqualTo(api.get("/api/v1/ad-requests/" + deal + "/history", TestData.ADMIN_EMAIL,
                        TestData.ADMIN_PASSWORD).body().get("steps"));
        assertNothingOf(text, sponsorName, sponsor);

        JsonNode sponsorRecord = JSON.readTree(api.bytes("/api/v1/me/export", sponsor, PW).body());
        assertThat(sponsorRecord.get("account").get("industry").asString()).isEqualTo("Sports");
        assertThat(sponsorRecord.get("campaigns")).hasSize(1);
        JsonNode campaignRecord = sponsorRecord.get("campaigns").get(0);
        assertThat(campaignRecord.get("campaignId").asString()).isEqualTo(campaign);
        assertThat(campaignRecord.get("events").findValuesAsString("what"))
                .containsExactly("Campaign created", "Budget committed");
        assertThat(campaignRecord.get("events").get(0).get("details").get("details.name").asString())
                .isEqualTo("Export Campaign " + unique);
        assertThat(new BigDecimal(campaignRecord.get("events").get(1).get("details").get("amount").asString()))
                .isEqualByComparingTo("700");
        assertInTimeOrder(campaignRecord.get("events"));
        JsonNode sponsorSide = sponsorRecord.get("negotiations").get(0);
        assertThat(sponsorSide.get("yourRole").asString()).isEqualTo("SPONSOR");
        assertThat(sponsorSide.get("otherParty").get("accountId").asString()).isEqualTo(influencerId);
        assertThat(sponsorSide.get("steps")).isEqualTo(steps);
        assertNothingOf(sponsorRecord.toString(), influencerName, influencer);

        assertThat(api.get("/api/v1/me/export", null, null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me/export", influencer, TestData.WRONG_PASSWORD).status()).isEqualTo(401);

        MockHttpServletResponse page = mvc.perform(get("/profile/export").with(as(influencer)))
                .andExpect(status().isOk()).andReturn().getResponse();
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        Document shown = Jsoup.parse(html);
        assertThat(shown.select("#account").text()).contains(influencerName, influencer, influencerId, "Yoga", "2500");
        assertThat(shown.select(".events > li strong").eachText())
                .containsExactly("Influencer registered", "Influencer profile updated");
        List<String> shownSteps = shown.select(".negotiation .steps > li strong").eachText();
        assertThat(shownSteps).hasSize(5);
        assertThat(shownSteps.get(0)).isEqualTo("Sponsor (account " + sponsorId + ") opened the ad request");
        assertThat(shownSteps.get(1)).isEqualTo("You made a counter-offer");
        assertThat(shown.select(".other-party").text()).isEqualTo("Sponsor (account " + sponsorId + ")");
        assertThat(shown.select("a[href=/profile/export.json]")).isNotEmpty();
        assertNothingOf(html, sponsorName, sponsor);

        MockHttpServletResponse file = mvc.perform(get("/profile/export.json").with(as(influencer)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(file.getHeader("Content-Disposition")).startsWith("attachment")
                .contains("sponsorship-record-" + influencerId);
        JsonNode fromPage = JSON.readTree(file.getContentAsString(StandardCharsets.UTF_8));
        assertThat(fromPage.get("negotiations")).as("the same record as the API's").isEqualTo(record.get("negotiations"));
        assertThat(fromPage.get("accountEvents")).isEqualTo(record.get("accountEvents"));
        assertThat(render(get("/profile").with(as(influencer))).select("a[href=/profile/export]")).as("linked from the profile").isNotEmpty();
    }

    @Test
    void adminsExportThemselvesLikeAnyone() throws Exception {
        ApiClient api = new ApiClient(port);
        JsonNode record = JSON.readTree(api.bytes("/api/v1/me/export", TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD)
                .body());
        assertThat(record.get("account").get("role").asString()).isEqualTo("ADMIN");
        assertThat(record.get("accountEvents").get(0).get("what").asString()).isEqualTo("Admin registered");
        assertThat(record.get("negotiations")).isEmpty();
        Document page = Jsoup.parse(mvc.perform(get("/profile/export").with(as(TestData.ADMIN_EMAIL)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#account").text()).contains(TestData.ADMIN_EMAIL);
        assertThat(page.select("nav a[href=/profile/export]").text()).isEqualTo("My data");
    }

    private Document render(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static void assertInTimeOrder(JsonNode entries) {
        List<Instant> times = new ArrayList<>();
        for (JsonNode entry : entries) {
            times.add(Instant.parse(entry.get("at").asString()));
        }
        assertThat(times).isNotEmpty().isSorted();
    }

    /** Neither the other person's name nor their e-mail address, and no password nor hash of one. */
    private static void assertNothingOf(String text, String name, String email) {
        assertThat(text).doesNotContainIgnoringCase(name).doesNotContainIgnoringCase(email)
                .doesNotContain(PW).doesNotContain("$2a$").doesNotContain("$2b$");
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
