package com.sponsorship.web.demo;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.sponsorship.demo.DemoDataHost;
import com.sponsorship.query.runtime.ProjectionRebuilds;
import com.sponsorship.query.runtime.ProjectionStatus;
import com.sponsorship.query.runtime.ReadModel;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The demo data generator's hold on this application: the read models' processors and the deadline scheduler. */
@Component
class PlatformDemoDataHost implements DemoDataHost {

    private final ProjectionRebuilds projections;
    private final Scheduler deadlines;

    PlatformDemoDataHost(ProjectionRebuilds projections, Scheduler deadlines) {
        this.projections = projections;
        this.deadlines = deadlines;
    }

    @Override
    public void holdBackLiveProcessing() {
        projections.stopLive();
        deadlines.pause();
    }

    @Override
    public void resumeAndRebuildReadModels() {
        deadlines.resume();
        projections.rebuild(ReadModel.ALL);
    }

    @Override
    public ReadModelCatchUp readModels() {
        List<ProjectionStatus> statuses = projections.statuses();
        boolean done = !projections.isRebuilding() && statuses.stream().allMatch(ProjectionStatus::current);
        Optional<ProjectionStatus> failing = statuses.stream().filter(status -> status.error() != null).findFirst();
        return new ReadModelCatchUp(statuses.stream().mapToLong(ProjectionStatus::head).max().orElse(0),
                statuses.stream().mapToLong(ProjectionStatus::position).min().orElse(0), done,
                failing.map(ProjectionStatus::name).orElse(null), failing.map(ProjectionStatus::error).orElse(null));
    }
}
