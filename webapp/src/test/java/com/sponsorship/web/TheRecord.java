package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The tamper-evident record as tests see it: chained, and "Verify the record" over the API. */
final class TheRecord {

    static final String VERIFICATION = "/api/v1/admin/audit/verification";

    private TheRecord() {
    }

    /** Waits until the chainer has chained every stored event; the highest position chained. */
    static long awaitAllChained(JdbcTemplate jdbc) {
        return await("every stored event chained").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.queryForObject("select case when (select max(global_index) from domain_event_entry)"
                        + " = (select max(global_index) from event_chain_link) then (select max(global_index)"
                        + " from event_chain_link) else 0 end", Long.class), position -> position > 0);
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
