package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sponsorship.audit.PlatformKey;
import java.time.Duration;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The tamper-evident record as tests see it: chained, and "Verify the record" over the API. */
final class TheRecord {

    static final String VERIFICATION = "/api/v1/admin/audit/verification";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TheRecord() {
    }

    /** Waits until the chainer has chained every stored event; the highest position chained. */
    static long awaitAllChained(JdbcTemplate jdbc) {
        return awaitAllChained(jdbc, Duration.ofSeconds(60));
    }

    /** As {@link #awaitAllChained(JdbcTemplate)}, failing unless it happens {@code within}. */
    static long awaitAllChained(JdbcTemplate jdbc, Duration within) {
        await("every stored event chained").atMost(within).pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.queryForObject("select count(*) from domain_event_entry e where not exists"
                        + " (select 1 from event_chain_link l where l.global_index = e.global_index)", Long.class) == 0);
        return jdbc.queryForObject("select max(global_index) from event_chain_link", Long.class);
    }

    /** The platform's public key, as anyone reads it on {@code /api/v1/audit/key}. */
    static PlatformKey platformKey(ApiClient api) {
        ApiClient.Response key = api.get("/api/v1/audit/key", null, null);
        assertThat(key.status()).isEqualTo(200);
        return JSON.treeToValue(key.body(), PlatformKey.class);
    }

    /** Starts "Verify the record" as {@code email} and waits for its result. */
    static JsonNode verify(ApiClient api, String email, String password) {
        ApiClient.Response started = api.post(VERIFICATION, email, password, Map.of());
        assertThat(started.status()).as("%s", started.body()).isEqualTo(202);
        return await("the verification's result").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get(VERIFICATION, email, password).body(),
                        body -> !body.get("state").asString().equals("RUNNING"));
    }

    /** The whole record, once everything stored so far is chained, verifies intact as the admin runs it. */
    static void assertIntact(ApiClient api, JdbcTemplate jdbc) {
        long head = awaitAllChained(jdbc);
        JsonNode result = verify(api, TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
        assertThat(result.get("state").asString()).as("%s", result).isEqualTo("INTACT");
        assertThat(result.get("checkedUpTo").asLong()).as("%s", result).isGreaterThanOrEqualTo(head);
    }
}
