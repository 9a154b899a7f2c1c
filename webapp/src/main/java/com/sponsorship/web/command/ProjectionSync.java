package com.sponsorship.web.command;

import java.time.Duration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes: after a command, wait (bounded) until every projection has handled the events
 * that command appended, so the very next page or GET shows them.
 * <p>
 * The events of a command get global indexes above the head read before it was sent and at most
 * the head read after it. A projection has handled them when its token is at or past the second
 * head and holds no gap between the two (a gap is an index it has not seen committed yet).
 * Segments that are being rebuilt or are failing are not waited for: a rebuild shows data being rebuilt.
 */
@Component
public class ProjectionSync {

    private static final Logger log = LoggerFactory.getLogger(ProjectionSync.class);
    private static final long POLL_MILLIS = 2;

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final Duration timeout;

    ProjectionSync(EventStore eventStore, EventProcessingConfiguration processing,
                   @Value("${platform.read-your-writes.timeout:5s}") Duration timeout) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.timeout = timeout;
    }

    /** The global index of the newest stored event, -1 when there is none. */
    public long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    /** Waits until all events stored since {@code before} was read are in every live projection. */
    public void awaitEventsAfter(long before) {
        long after = head();
        if (after <= before) {
            return;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!caughtUp(before, after)) {
            if (System.nanoTime() > deadline) {
                log.warn("Projections did not reach event {} within {}; the page may lag", after, timeout);
                return;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean caughtUp(long before, long after) {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .flatMap(processor -> processor.processingStatus().values().stream())
                .filter(status -> !isRebuilding(status) && !status.isErrorState())
                .map(EventTrackerStatus::getTrackingToken)
                .allMatch(token -> covers(token, before, after));
    }

    /**
     * A segment is rebuilding while a replay has not yet reached the position where it was reset.
     * (Axon keeps the replay flag up past that point until a newer event arrives.)
     */
    public static boolean isRebuilding(EventTrackerStatus status) {
        return status.isReplaying()
                && status.getCurrentPosition().orElse(-1) < status.getResetPosition().orElse(Long.MAX_VALUE);
    }

    static boolean covers(TrackingToken token, long before, long after) {
        if (token == null || token.position().orElse(-1) < after) {
            return false;
        }
        return !(token instanceof GapAwareTrackingToken gapAware)
                || gapAware.getGaps().subSet(before + 1, after + 1).isEmpty();
    }
}
