package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads GET /api/v1/admin/projections as the admin, as an operator would: waits until every
 * projection is caught up, and fails as soon as one has parked an event as a dead letter.
 */
final class ProjectionHealth {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    private ProjectionHealth() {
    }

    static void awaitCaughtUpWithoutDeadLetters(ApiClient api) {
        // a dead letter fails at once: an AssertionError from until(...) is not retried, unlike one from untilAsserted
        await("projections caught up").atMost(LIMIT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    List<JsonNode> projections = statuses(api);
                    boolean caughtUp = true;
                    for (JsonNode projection : projections) {
                        assertThat(projection.path("deadLetters").asLong()).as("dead letters of %s: %s",
                                projection.path("name").asString(), projections).isZero();
                        caughtUp &= projection.path("caughtUp").asBoolean() && projection.path("behind").asLong() == 0;
                    }
                    return caughtUp;
                });
    }

    /** GET /api/v1/admin/projections as the admin: one entry per event processor. */
    static List<JsonNode> statuses(ApiClient api) {
        ApiClient.Response response = api.get("/api/v1/admin/projections", TestData.ADMIN_EMAIL,
                TestData.ADMIN_PASSWORD);
        assertThat(response.status()).as("projection status").isEqualTo(200);
        return response.body().valueStream().toList();
    }
}
