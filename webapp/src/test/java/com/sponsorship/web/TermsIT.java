package com.sponsorship.web;

import static com.sponsorship.web.ApiClient.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sponsorship.api.common.Rules;
import com.sponsorship.api.negotiation.Deliverable;
import com.sponsorship.api.negotiation.DeliverableKind;
import com.sponsorship.api.negotiation.Terms;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/** Terms on every offer, answer deadlines and the agreement's digest, over the JSON API. */
@PlatformIntegrationTest
class TermsIT {

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
        parties = api.parties("Terms Brand", "Terms Creator", "Terms Campaign", 5000);
    }

    @Test
    void termsTravelWithEveryOfferAndTheAgreementRecordsThemWithTheirDigest() {
        LocalDate due = LocalDate.now().plusDays(20);
        String requestId = created(api.post("/api/v1/campaigns/" + parties.campaignId() + "/ad-requests", parties.sponsor(),
                TestData.PASSWORD, request(Map.of("terms", Map.of(
                        "deliverables", List.of(Map.of("kind", "INSTAGRAM_REEL", "count", 2, "description", "Unboxing"),
                                Map.of("kind", "INSTAGRAM_STORY", "count", 3, "description", "Swipe-up")),
                        "dueDate", due.toString(), "usageRightsMonths", 6, "exclusivityDays", 30),
                        "answerWithinDays", 3))));
        JsonNode opened = get(requestId);
        assertThat(opened.get("terms").get("deliverables").findValuesAsString("kind"))
                .containsExactly("INSTAGRAM_REEL", "INSTAGRAM_STORY");
        assertThat(opened.get("terms").get("dueDate").asString()).isEqualTo(due.toString());
        assertThat(opened.get("terms").get("usageRightsMonths").asInt()).isEqualTo(6);
        Instant expiresAt = Instant.parse(opened.get("expiresAt").asString());
        assertThat(expiresAt).isBetween(Instant.now().plus(Duration.ofDays(3)).minusSeconds(60),
                Instant.now().plus(Duration.ofDays(3)));

        JsonNode countered = api.post("/api/v1/ad-requests/" + requestId + "/counter", parties.influencer(), TestData.PASSWORD,
                Map.of("paymentAmount", 300, "message", "One reel, no exclusivity", "terms", Map.of(
                        "deliverables", List.of(Map.of("kind", "INSTAGRAM_REEL", "count", 1, "description", "Unboxing")),
                        "dueDate", due.toString(), "usageRightsMonths", 6, "exclusivityDays", 0))).body();
        assertThat(countered.get("status").asString()).isEqualTo("AWAITING_SPONSOR");
        assertThat(countered.get("terms").get("deliverables").findValuesAsString("kind")).containsExactly("INSTAGRAM_REEL");
        assertThat(countered.get("terms").get("exclusivityDays").asInt()).isZero();
        assertThat(Instant.parse(countered.get("expiresAt").asString())).as("the default 7 days").isAfter(expiresAt);

        JsonNode agreed = api.post("/api/v1/ad-requests/" + requestId + "/accept", parties.sponsor(), TestData.PASSWORD, Map.of())
                .body();
        assertThat(agreed.get("status").asString()).isEqualTo("AGREED");
        assertThat(agreed.get("expiresAt").isNull()).as("nothing waits any more").isTrue();

        Terms expected = new Terms(List.of(new Deliverable(DeliverableKind.INSTAGRAM_REEL, 1, "Unboxing")), due, 6, 0);
        JsonNode steps = api.get("/api/v1/ad-requests/" + requestId + "/history", parties.influencer(), TestData.PASSWORD).body()
                .get("steps");
        JsonNode counterStep = steps.get(1);
        List<String> changes = new ArrayList<>();
        counterStep.get("termsChanges").forEach(change -> changes.add(change.asString()));
        assertThat(changes).containsExactly(
                "Deliverables: 2 × Instagram reel: Unboxing; 3 × Instagram story: Swipe-up → 1 × Instagram reel: Unboxing",
                "Exclusivity: 30 days → none");
        JsonNode agreement = steps.get(2);
        assertThat(agreement.get("action").asString()).isEqualTo("accepted");
        assertThat(agreement.get("terms").get("deliverables").get(0).get("count").asInt()).isEqualTo(1);
        assertThat(agreement.get("termsDigest").asString()).isEqualTo(expected.digest());
    }

    @Test
    void aRequestWithoutTermsAsksForOneOtherDeliverableDueAtTheCampaignsEnd() {
        String requestId = created(api.post("/api/v1/campaigns/" + parties.campaignId() + "/ad-requests", parties.sponsor(),
                TestData.PASSWORD, request(Map.of())));
        JsonNode terms = get(requestId).get("terms");
        assertThat(terms.get("deliverables")).hasSize(1);
        assertThat(terms.get("deliverables").get(0).get("kind").asString()).isEqualTo("OTHER");
        assertThat(terms.get("deliverables").get(0).get("count").asInt()).isEqualTo(1);
        assertThat(terms.get("deliverables").get(0).get("description").asString()).isEqualTo("Tag us");
        assertThat(terms.get("dueDate").asString()).isEqualTo(TestData.end().toString());
        assertThat(terms.get("usageRightsMonths").asInt()).isZero();
        assertThat(terms.get("exclusivityDays").asInt()).isZero();

        JsonNode countered = api.post("/api/v1/ad-requests/" + requestId + "/counter", parties.influencer(), TestData.PASSWORD,
                Map.of("paymentAmount", 350, "message", "Same terms, more money")).body();
        assertThat(countered.get("terms")).as("terms absent: unchanged").isEqualTo(terms);
    }

    @Test
    void badTermsAreA400ListingTheirFields() {
        ApiClient.Response refused = api.post("/api/v1/campaigns/" + parties.campaignId() + "/ad-requests", parties.sponsor(),
                TestData.PASSWORD, request(Map.of("terms", Map.of(
                        "deliverables", List.of(Map.of("kind", "CARRIER_PIGEON", "count", 0, "description", "x")),
                        "dueDate", "1999-01-01", "usageRightsMonths", -1, "exclusivityDays", 400), "answerWithinDays", 31)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "terms.deliverables[0].kind", "terms.deliverables[0].count", "terms.dueDate", "terms.usageRightsMonths",
                "terms.exclusivityDays", "answerWithinDays");

        ApiClient.Response noDeliverables = api.post("/api/v1/campaigns/" + parties.campaignId() + "/ad-requests",
                parties.sponsor(), TestData.PASSWORD, request(Map.of("terms", Map.of("deliverables", List.of(),
                        "dueDate", LocalDate.now().plusDays(5).toString()))));
        assertThat(noDeliverables.status()).isEqualTo(400);
        assertThat(noDeliverables.body().get("errors").findValuesAsString("field")).containsExactly("terms.deliverables");
    }

    @Test
    void anOfferLeftUnansweredExpires() {
        String requestId = created(api.post("/api/v1/campaigns/" + parties.campaignId() + "/ad-requests", parties.sponsor(),
                TestData.PASSWORD, request(Map.of("answerWithinDays", 1))));
        Instant expiresAt = Instant.parse(get(requestId).get("expiresAt").asString());
        assertThat(expiresAt).isBetween(Instant.now().plus(Duration.ofDays(1)).minusSeconds(60),
                Instant.now().plus(Duration.ofDays(1)));

        // time passes: the pending deadline (stored to the microsecond) falls due, as DeadlineRestartIT does it
        assertThat(jdbc.update("update scheduled_tasks set execution_time = now() - interval '1 second'"
                        + " where execution_time between ? and ?",
                Timestamp.from(expiresAt.minusMillis(1)), Timestamp.from(expiresAt.plusMillis(1)))).isEqualTo(1);

        await("the offer expired").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> get(requestId).get("status").asString().equals("EXPIRED"));
        JsonNode expired = get(requestId);
        assertThat(expired.get("expiresAt").isNull()).isTrue();
        ApiClient.Response late = api.post("/api/v1/ad-requests/" + requestId + "/accept", parties.influencer(),
                TestData.PASSWORD, Map.of());
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body().get("code").asString()).isEqualTo("concluded");
        assertThat(api.get("/api/v1/ad-requests/" + requestId + "/history", parties.sponsor(), TestData.PASSWORD).body()
                .get("steps").findValuesAsString("statusAfter")).containsExactly("AWAITING_INFLUENCER", "EXPIRED");
        JsonNode campaign = api.get("/api/v1/campaigns/" + parties.campaignId(), parties.sponsor(), TestData.PASSWORD).body();
        assertThat(campaign.get("remainingBudget").decimalValue()).as("nothing was committed").isEqualByComparingTo("5000");
    }

    @Test
    void thePagesOfferTheTermsFieldsShowErrorsNextToThemAndShowTheTermsAndTheDeadline() throws Exception {
        String page = mvc.perform(MockMvcRequestBuilders.get("/campaigns/" + parties.campaignId()).with(as(parties.sponsor())))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("for=\"terms-deliverables-2-kind\"", "id=\"terms-deliverables-2-kind\"",
                "id=\"terms-dueDate\"", "id=\"terms-usageRightsMonths\"", "id=\"answerWithinDays\"");

        String due = LocalDate.now().plusDays(9).toString();
        String refused = mvc.perform(post("/campaigns/" + parties.campaignId() + "/ad-requests").with(csrf())
                        .with(as(parties.sponsor()))
                        .param("influencerId", parties.influencerId()).param("message", "Hi").param("paymentAmount", "250")
                        .param("terms.deliverables[0].kind", "").param("terms.deliverables[0].count", "")
                        .param("terms.deliverables[1].kind", "BLOG_POST").param("terms.deliverables[1].count", "0")
                        .param("terms.dueDate", due).param("answerWithinDays", "45"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).as("the row moved up, its error next to it")
                .containsPattern("id=\"terms-deliverables-0-count-errors\"[^>]*>\\s*" + Rules.DELIVERABLE_COUNT_RANGE)
                .containsPattern("id=\"answerWithinDays-errors\"[^>]*>\\s*" + Rules.ANSWER_WITHIN_RANGE);

        String location = mvc.perform(post("/campaigns/" + parties.campaignId() + "/ad-requests").with(csrf())
                        .with(as(parties.sponsor()))
                        .param("influencerId", parties.influencerId()).param("message", "Hi").param("paymentAmount", "250")
                        .param("terms.deliverables[0].kind", "BLOG_POST").param("terms.deliverables[0].count", "1")
                        .param("terms.deliverables[0].description", "A review").param("terms.dueDate", due)
                        .param("terms.usageRightsMonths", "3").param("terms.exclusivityDays", "0"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String thread = mvc.perform(MockMvcRequestBuilders.get(location).with(as(parties.influencer())))
                .andReturn().getResponse().getContentAsString();
        assertThat(thread).contains("1 × Blog post: A review", "Due: <span>" + due, "3 months", "id=\"expires-in\"",
                "Expires in 6 days 23 hours");
        assertThat(thread).as("the counter-offer form starts from the terms on the table")
                .containsPattern("<option value=\"BLOG_POST\" selected=\"selected\">");
        String sponsorView = mvc.perform(MockMvcRequestBuilders.get(location).with(as(parties.sponsor())))
                .andReturn().getResponse().getContentAsString();
        assertThat(sponsorView).as("only the side on turn is told it expires").doesNotContain("expires-in");
    }

    /**
     * Events stored before terms existed (no revision, the JSON the records of that time gave) load
     * through the registered upcasters: the request shows standard terms, and accepting it records them.
     */
    @Test
    void aNegotiationStoredBeforeTermsLoadsWithStandardTermsAndCanBeAgreed() {
        String sponsorId = api.accountId(parties.sponsor());
        String legacyId = UUID.randomUUID().toString();
        storeOldEvent(legacyId, 0, "com.sponsorship.api.negotiation.AdRequestOpenedEvent", """
                {"negotiationId":"%s","campaignId":"%s","sponsorId":"%s","influencerId":"%s","message":"Hello",                "requirements":"Two posts","paymentAmount":300.00,"actor":{"accountId":"%s","role":"SPONSOR"}}"""
                .formatted(legacyId, parties.campaignId(), sponsorId, parties.influencerId(), sponsorId));
        storeOldEvent(legacyId, 1, "com.sponsorship.api.negotiation.CounterOfferMadeEvent", """
                {"negotiationId":"%s","paymentAmount":350.00,"message":"A bit more",                "actor":{"accountId":"%s","role":"INFLUENCER"}}""".formatted(legacyId, parties.influencerId()));

        await("the read model follows the stored events").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> api.get("/api/v1/ad-requests/" + legacyId, parties.sponsor(), TestData.PASSWORD).status() == 200
                        && "AWAITING_SPONSOR".equals(get(legacyId).get("status").asString()));
        JsonNode legacy = get(legacyId);
        assertThat(legacy.get("expiresAt").isNull()).as("offers from before deadlines never expire").isTrue();
        assertThat(legacy.get("terms").get("deliverables").get(0).get("kind").asString()).isEqualTo("OTHER");
        assertThat(legacy.get("terms").get("deliverables").get(0).get("description").asString()).isEqualTo("A bit more");
        assertThat(legacy.get("terms").get("dueDate").isNull()).isTrue();

        JsonNode agreed = api.post("/api/v1/ad-requests/" + legacyId + "/accept", parties.sponsor(), TestData.PASSWORD, Map.of())
                .body();
        assertThat(agreed.get("status").asString()).isEqualTo("AGREED");
        JsonNode steps = api.get("/api/v1/ad-requests/" + legacyId + "/history", parties.sponsor(), TestData.PASSWORD).body()
                .get("steps");
        assertThat(steps.get(0).get("terms").get("deliverables").get(0).get("description").asString())
                .isEqualTo("Two posts");
        assertThat(steps.get(2).get("termsDigest").asString())
                .isEqualTo(Terms.standard("A bit more", null).digest());
    }

    private void storeOldEvent(String aggregateId, long sequence, String type, String payload) {
        jdbc.update("insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number,"
                        + " type, time_stamp, payload_type, payload_revision, payload, meta_data)"
                        + " values (nextval('domain_event_entry_seq'), ?, ?, ?, 'Negotiation', ?, ?, null, ?, ?)",
                UUID.randomUUID().toString(), aggregateId, sequence, Instant.now().toString(), type,
                payload.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    private JsonNode get(String requestId) {
        return api.get("/api/v1/ad-requests/" + requestId, parties.sponsor(), TestData.PASSWORD).body();
    }

    private Map<String, Object> request(Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("influencerId", parties.influencerId(), "message", "Three stories",
                "requirements", "Tag us", "paymentAmount", 400));
        body.putAll(extra);
        return body;
    }
}
