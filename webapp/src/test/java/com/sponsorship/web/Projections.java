package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sponsorship.query.runtime.ProjectionRebuilds;
import com.sponsorship.query.runtime.ProjectionStatus;
import com.sponsorship.query.runtime.ReadModel;
import java.time.Duration;
import java.util.List;

/** Rebuilds every read model from the event store with the admin's rebuild, and waits until it is done. */
public final class Projections {

    private Projections() {
    }

    static List<String> rebuildAll(ProjectionRebuilds rebuilds) throws InterruptedException {
        return rebuildAll(rebuilds, Duration.ofSeconds(60));
    }

    /** As {@link #rebuildAll(ProjectionRebuilds)}, failing if it takes longer than {@code limit}. */
    public static List<String> rebuildAll(ProjectionRebuilds rebuilds, Duration limit) throws InterruptedException {
        rebuilds.rebuild(ReadModel.ALL);
        await("rebuild finished in time").atMost(limit).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> assertThat(!rebuilds.isRebuilding() && rebuilds.statuses().stream()
                        .filter(ProjectionStatus::rebuildable).allMatch(ProjectionStatus::caughtUp))
                        .as(() -> "rebuild finished: " + rebuilds.statuses()).isTrue());
        return rebuilds.statuses().stream().filter(ProjectionStatus::rebuildable).map(ProjectionStatus::name).toList();
    }
}
