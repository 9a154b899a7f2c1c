package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sponsorship.web.command.ProjectionSync;
import java.time.Duration;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;

/** Rebuilds every read model from the event store, the way an admin's rebuild does. */
final class Projections {

    private Projections() {
    }

    static List<String> rebuildAll(EventProcessingConfiguration processing) throws InterruptedException {
        List<StreamingEventProcessor> projections = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::supportsReset)
                .toList();
        projections.forEach(StreamingEventProcessor::shutDown);
        projections.forEach(StreamingEventProcessor::resetTokens);
        projections.forEach(StreamingEventProcessor::start);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!projections.stream().allMatch(Projections::rebuilt)) {
            assertThat(System.nanoTime()).as(() -> "rebuild finished in time: " + projections.stream()
                    .map(p -> p.getName() + "=" + p.processingStatus()).toList()).isLessThan(deadline);
            Thread.sleep(20);
        }
        return projections.stream().map(StreamingEventProcessor::getName).toList();
    }

    private static boolean rebuilt(StreamingEventProcessor processor) {
        var statuses = processor.processingStatus().values();
        return !statuses.isEmpty()
                && statuses.stream().allMatch(status -> status.isCaughtUp() && !ProjectionSync.isRebuilding(status));
    }
}
