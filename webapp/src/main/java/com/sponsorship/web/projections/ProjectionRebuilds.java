package com.sponsorship.web.projections;

import com.sponsorship.api.common.DomainRuleException;
import com.sponsorship.web.command.NotFoundException;
import com.sponsorship.web.command.ProjectionSync;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Lists the processing groups and rebuilds read models from the event store: stop the processor,
 * reset its tokens (its @ResetHandler clears its tables), start it again. Pages keep answering
 * meanwhile and show the data being rebuilt. One rebuild at a time per instance.
 */
@Component
public class ProjectionRebuilds implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);

    private final EventProcessingConfiguration processing;
    private final ProjectionSync sync;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean starting = new AtomicBoolean();

    ProjectionRebuilds(EventProcessingConfiguration processing, ProjectionSync sync) {
        this.processing = processing;
        this.sync = sync;
    }

    public List<ProjectionStatus> statuses() {
        long head = sync.head();
        return processors().stream()
                .map(processor -> status(processor, head, deadLetters(processor.getName())))
                .sorted(Comparator.comparing(ProjectionStatus::name))
                .toList();
    }

    /** Starts rebuilding the named projection, or all of them when {@code name} is null. */
    public void rebuild(String name) {
        List<StreamingEventProcessor> targets = processors().stream()
                .filter(StreamingEventProcessor::supportsReset)
                .filter(processor -> name == null || processor.getName().equals(name))
                .toList();
        if (targets.isEmpty()) {
            throw new NotFoundException("Projection " + name);
        }
        if (isRebuilding() || !starting.compareAndSet(false, true)) {
            throw new DomainRuleException("rebuild-running", "A rebuild is already running; wait until it finishes");
        }
        worker.submit(() -> {
            try {
                targets.forEach(StreamingEventProcessor::shutDown);
                targets.forEach(StreamingEventProcessor::resetTokens);
                targets.forEach(StreamingEventProcessor::start);
                log.info("Rebuilding {}", targets.stream().map(StreamingEventProcessor::getName).toList());
            } finally {
                starting.set(false);
            }
        });
    }

    /**
     * Handles the named projection's dead letters again, a sequence at a time, in order; a letter
     * that fails again stays queued. Returns how many letters are still queued.
     */
    public long retryDeadLetters(String name) {
        SequencedDeadLetterProcessor<EventMessage<?>> letters = processing.sequencedDeadLetterProcessor(name)
                .orElseThrow(() -> new NotFoundException("Dead letters of projection " + name));
        long sequences = processing.deadLetterQueue(name).map(SequencedDeadLetterQueue::amountOfSequences).orElse(0L);
        for (long attempt = 0; attempt < sequences && letters.processAny(); attempt++) {
            log.info("Retried a dead-letter sequence of {}", name);
        }
        return deadLetters(name);
    }

    /**
     * Stops every rebuildable projection until the next {@link #rebuild}: the demo data generator
     * writes events dated in the past, which the event store's gap detection cannot order.
     */
    public void stopRebuildable() {
        processors().stream().filter(StreamingEventProcessor::supportsReset).forEach(StreamingEventProcessor::shutDown);
    }

    public boolean isRebuilding() {
        return starting.get() || processors().stream()
                .flatMap(processor -> processor.processingStatus().values().stream())
                .anyMatch(ProjectionSync::isRebuilding);
    }

    private Collection<StreamingEventProcessor> processors() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }

    private long deadLetters(String name) {
        return processing.deadLetterQueue(name).map(SequencedDeadLetterQueue::size).orElse(0L);
    }

    private static ProjectionStatus status(StreamingEventProcessor processor, long head, long deadLetters) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        long position = segments.stream().mapToLong(s -> s.getCurrentPosition().orElse(-1)).min().orElse(-1);
        boolean rebuilding = segments.stream().anyMatch(ProjectionSync::isRebuilding);
        long resetAt = segments.stream().mapToLong(s -> s.getResetPosition().orElse(-1)).max().orElse(-1);
        int progress = !rebuilding ? 100 : resetAt <= 0 ? 0 : (int) Math.min(100, Math.max(0, position * 100 / resetAt));
        String error = segments.stream().filter(EventTrackerStatus::isErrorState)
                .map(s -> s.getError() == null ? "error" : s.getError().getMessage())
                .findFirst().orElse(null);
        boolean caughtUp = !segments.isEmpty() && segments.stream().allMatch(EventTrackerStatus::isCaughtUp);
        return new ProjectionStatus(processor.getName(), processor.supportsReset(), position, head,
                Math.max(0, head - position), rebuilding, caughtUp, progress, deadLetters, error);
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
