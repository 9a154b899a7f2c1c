package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * "Verify the record" on a real store: an untouched chain is intact up to its head and its newest
 * signed checkpoint; a payload byte changed, an event deleted or one inserted outside the platform,
 * by SQL, is the first broken link, named; the state is shared through the database, so a run
 * started on one instance is followed on another, a run another instance holds is not doubled and
 * one whose instance died is taken over. Admins and auditors only.
 */
@PlatformIntegrationTest
class RecordVerificationIT {

    private static final String VERIFICATION = TheRecord.VERIFICATION;
    private static final String PW = TestData.PASSWORD;
    private static final String ADMIN = TestData.ADMIN_EMAIL;
    private static final String ADMIN_PW = TestData.ADMIN_PASSWORD;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    DataSource dataSource;

    private ApiClient api;
    private String auditor;

    private record Head(long position, long checkpointPosition, String checkpointAt) {
    }

    private void someDeals() {
        api = new ApiClient(port);
        auditor = TestData.uniqueEmail("auditor");
        ApiClient.created(api.post("/api/v1/admin/auditors", ADMIN, ADMIN_PW,
                Map.of("name", "Record Auditor", "email", auditor, "password", PW)));
        ApiClient.Parties parties = api.parties("Chained Brand", "Chained Creator", "Chained Campaign", 2000);
        ApiClient.created(api.post("/api/v1/campaigns/" + parties.campaignId() + "/ad-requests", parties.sponsor(), PW,
                Map.of("influencerId", parties.influencerId(), "message", "A reel", "paymentAmount", 300)));
    }

    /**
     * Deals until a checkpoint is signed (every 10 links in tests), then waits until the chainer has
     * chained every stored event; the chain's head and its newest signed checkpoint.
     */
    private Head signedChain() {
        Optional<Head> head;
        do {
            someDeals();
            head = chained();
        } while (head.isEmpty());
        return head.get();
    }

    private Optional<Head> chained() {
        long head = TheRecord.awaitAllChained(jdbc);
        return jdbc.query("select global_index, signed_at from event_chain_checkpoint where link <="
                + " (select link from event_chain_link where global_index = ?) order by link desc, id desc limit 1",
                (row, n) -> new Head(head, row.getLong(1), row.getString(2)), head).stream().findFirst();
    }

    private static void assertIntact(JsonNode result, Head head) {
        assertThat(result.get("state").asString()).as("%s", result).isEqualTo("INTACT");
        assertThat(result.get("checkedUpTo").asLong()).isEqualTo(head.position());
        assertThat(result.get("head").asLong()).isEqualTo(head.position());
        assertThat(result.get("brokenAt").isNull()).isTrue();
        assertThat(result.get("detail").isNull()).isTrue();
        assertThat(result.get("lastSignedCheckpoint").get("position").asLong()).isEqualTo(head.checkpointPosition());
        assertThat(result.get("lastSignedCheckpoint").get("at").asString()).isEqualTo(head.checkpointAt());
    }

    private static void assertBroken(JsonNode result, long position, String... detail) {
        assertThat(result.get("state").asString()).as("%s", result).isEqualTo("BROKEN");
        assertThat(result.get("brokenAt").asLong()).isEqualTo(position);
        assertThat(result.get("detail").asString()).contains(detail);
    }

    @Test
    void anUntouchedRecordIsIntactAndEachKindOfTamperingBySqlIsTheFirstBrokenLink() {
        someDeals();
        jdbc.update("delete from record_verification");
        JsonNode never = api.get(VERIFICATION, auditor, PW).body();
        assertThat(never.propertyNames()).containsExactlyInAnyOrder("state", "checkedUpTo", "head", "brokenAt", "detail",
                "lastSignedCheckpoint");
        assertThat(never.get("state").asString()).isEqualTo("IDLE");
        assertThat(never.get("lastSignedCheckpoint").isNull()).isTrue();

        // a gap in the global index: a position no event took, below the ones chained next
        long gap = jdbc.queryForObject("select nextval('domain_event_entry_seq')", Long.class);
        Head head = signedChain();
        assertIntact(TheRecord.verify(api, auditor, PW), head);

        Map<String, Object> victim = jdbc.queryForMap("select global_index, aggregate_identifier, payload"
                + " from domain_event_entry where global_index > ? order by global_index limit 1", gap);
        long position = (Long) victim.get("global_index");
        byte[] original = (byte[]) victim.get("payload");
        byte[] changed = original.clone();
        changed[changed.length / 2] ^= 1;
        jdbc.update("update domain_event_entry set payload = ? where global_index = ?", changed, position);
        try {
            assertBroken(TheRecord.verify(api, ADMIN, ADMIN_PW), position, "the event at position " + position + " (aggregate "
                    + victim.get("aggregate_identifier") + ", sequence ", ") was changed after it was chained at ");
        } finally {
            jdbc.update("update domain_event_entry set payload = ? where global_index = ?", original, position);
        }
        assertIntact(TheRecord.verify(api, auditor, PW), head);

        Map<String, Object> row = jdbc.queryForMap("select * from domain_event_entry where global_index = ?", position);
        jdbc.update("delete from domain_event_entry where global_index = ?", position);
        try {
            assertBroken(TheRecord.verify(api, auditor, PW), position, "the event at position " + position + " was deleted");
        } finally {
            jdbc.update("insert into domain_event_entry (" + String.join(", ", row.keySet()) + ") values ("
                    + String.join(", ", row.keySet().stream().map(column -> "?").toList()) + ")", row.values().toArray());
        }
        assertIntact(TheRecord.verify(api, auditor, PW), head);

        // as if the chainer's late window for the gap had closed an hour ago: it no longer waits for the position
        jdbc.update("delete from event_chain_gap where low <= ? and high >= ?", gap, gap);
        jdbc.update("update event_chain_link set chained_at = chained_at - interval '1 hour' where global_index > ?", gap);
        String forged = UUID.randomUUID().toString();
        jdbc.update("insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number,"
                + " type, time_stamp, payload_type, payload_revision, payload, meta_data) values (?, ?, ?, 0, 'Forged', ?,"
                + " 'com.example.ForgedEvent', '1', ?, ?)", gap, UUID.randomUUID().toString(), forged,
                Instant.now().toString(), "{}".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        try {
            assertBroken(TheRecord.verify(api, auditor, PW), gap, "the event at position " + gap + " (aggregate " + forged
                    + ") is not in the chain: it was inserted outside the platform");
        } finally {
            jdbc.update("delete from domain_event_entry where global_index = ?", gap);
        }
        assertIntact(TheRecord.verify(api, auditor, PW), head);
    }

    @Test
    void aRunAnotherInstanceHoldsIsNotDoubledAndOneWhoseInstanceDiedIsTakenOver() throws Exception {
        Head head = signedChain();
        jdbc.update("delete from record_verification");
        jdbc.update("insert into record_verification (id, state, checked_up_to, head, started_at, heartbeat_at, owner)"
                + " values (1, 'RUNNING', 3, ?, now(), now(), 'verification@elsewhere')", head.position());
        assertThat(api.post(VERIFICATION, auditor, PW, Map.of()).status()).isEqualTo(202);
        JsonNode running = api.get(VERIFICATION, ADMIN, ADMIN_PW).body();
        assertThat(running.get("state").asString()).isEqualTo("RUNNING");
        assertThat(running.get("checkedUpTo").asLong()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select owner from record_verification", String.class))
                .as("the running one goes on alone").isEqualTo("verification@elsewhere");
        Document runningPage = page();
        Element bar = runningPage.selectFirst("#verification-running .progress[role=progressbar]");
        assertThat(bar).as("the progress bar").isNotNull();
        String percent = String.valueOf(3 * 100 / head.position());
        assertThat(bar.attr("aria-valuenow")).isEqualTo(percent);
        assertThat(bar.attr("aria-label")).isNotBlank();
        assertThat(runningPage.selectFirst(".progress-bar").attr("data-percent")).isEqualTo(percent);
        assertThat(runningPage.selectFirst("main").attr("data-live")).as("the page follows the run").isEqualTo("true");
        assertThat(runningPage.selectFirst("form[action=/audit/record/verification] button").hasAttr("disabled")).isTrue();

        jdbc.update("update record_verification set heartbeat_at = now() - interval '5 minutes'");
        JsonNode lapsed = api.get(VERIFICATION, auditor, PW).body();
        assertThat(lapsed.get("state").asString()).isEqualTo("IDLE");
        assertThat(lapsed.get("detail").asString()).startsWith("Interrupted at position 3");

        mvc.perform(post("/audit/record/verification").with(csrf()).with(as(auditor)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/audit/record"));
        await("the taken-over run's result").atMost(Duration.ofSeconds(60))
                .until(() -> api.get(VERIFICATION, auditor, PW).body().get("state").asString().equals("INTACT"));
        Document intact = page();
        assertThat(intact.selectFirst("#verification-intact").text()).contains("Intact up to position "
                + head.position() + ", signed at " + head.checkpointAt());
        assertThat(intact.selectFirst("main").attr("data-live")).isEqualTo("false");

        Map<String, Object> link = jdbc.queryForMap("select global_index, hash from event_chain_link where link = 2");
        long brokenAt = (Long) link.get("global_index");
        jdbc.update("update event_chain_link set hash = sha256(hash) where link = 2");
        try {
            assertBroken(TheRecord.verify(api, auditor, PW), brokenAt, "link 2 at position " + brokenAt + ": its stored hash was altered");
            assertThat(page().selectFirst("#verification-broken").text())
                    .contains("Broken at position " + brokenAt + ": link 2");
        } finally {
            jdbc.update("update event_chain_link set hash = ? where link = 2", link.get("hash"));
        }
        assertIntact(TheRecord.verify(api, auditor, PW), head);
    }

    @Test
    void aVerificationStartedOnOneInstanceIsFollowedOnAnother() {
        Head head = signedChain();
        try (ConfigurableApplicationContext second = SecondInstance.start(dataSource)) {
            ApiClient other = new ApiClient(((WebServerApplicationContext) second).getWebServer().getPort());
            assertThat(other.post(VERIFICATION, auditor, PW, Map.of()).status()).isEqualTo(202);
            JsonNode result = await("the other instance's result").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(20)).until(() -> api.get(VERIFICATION, auditor, PW).body(),
                            body -> !body.get("state").asString().equals("RUNNING"));
            assertIntact(result, head);
            assertThat(other.get(VERIFICATION, ADMIN, ADMIN_PW).body()).isEqualTo(result);
        }
    }

    @Test
    void onlyAdminsAndAuditorsMayVerify() throws Exception {
        someDeals();
        String sponsor = api.register("sponsors", "Curious Brand", Map.of("industry", "Sports"));
        String influencer = api.register("influencers", "Curious Creator", Map.of("category", "Yoga", "reach", 10));
        for (String someone : List.of(sponsor, influencer)) {
            assertThat(api.get(VERIFICATION, someone, PW).status()).isEqualTo(403);
            assertThat(api.post(VERIFICATION, someone, PW, Map.of()).status()).isEqualTo(403);
            mvc.perform(get("/audit/record").with(as(someone))).andExpect(status().isForbidden());
            mvc.perform(post("/audit/record/verification").with(csrf()).with(as(someone)))
                    .andExpect(status().isForbidden());
        }
        assertThat(api.get(VERIFICATION, null, null).status()).isEqualTo(401);
        assertThat(api.post(VERIFICATION, null, null, Map.of()).status()).isEqualTo(401);
        assertThat(api.get(VERIFICATION, ADMIN, ADMIN_PW).status()).isEqualTo(200);
        mvc.perform(get("/audit/record").with(as(ADMIN))).andExpect(status().isOk());
        mvc.perform(post("/audit/record/verification").with(as(auditor))).andExpect(status().isForbidden());
    }

    private Document page() throws Exception {
        return Jsoup.parse(mvc.perform(get("/audit/record").with(as(auditor))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
