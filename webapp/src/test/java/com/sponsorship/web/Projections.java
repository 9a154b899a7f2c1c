package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;

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
        long deadline = System.nanoTime() + limit.toNanos();
        while (rebuilds.isRebuilding()
                || !rebuilds.statuses().stream().filter(ProjectionStatus::rebuildable).allMatch(ProjectionStatus::caughtUp)) {
            assertThat(System.nanoTime()).as(() -> "rebuild finished in time: " + rebuilds.statuses())
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
        return rebuilds.statuses().stream().filter(ProjectionStatus::rebuildable).map(ProjectionStatus::name).toList();
    }
}
