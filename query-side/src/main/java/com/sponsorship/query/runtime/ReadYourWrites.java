package com.sponsorship.query.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes: after a command, wait (bounded) until every read model has handled the events
 * that command appended, so the very next page or GET, on any instance, shows them.
 * <p>
 * The events of a command get global indexes above the head read before it was sent and at most
 * the head read after it. For each of those events and each read model with a handler for it, the
 * segment that owns the event's aggregate must have stored a token at or past the event's index,
 * with the index not among its gaps. Tokens are committed with the rows they cover and live in
 * the shared token store, so once they say so, the rows are there for every instance, whichever
 * instance holds the segment. (A segment stores its token late after events that are not its own,
 * so only the owning segment, and only read models that handle the event, are waited for.) With
 * Axon Server the events are not in PostgreSQL; then every segment of every read model must have
 * passed them, which may take up to the processors' event availability timeout (a second).
 */
@Component
public class ReadYourWrites {

    private static final Logger log = LoggerFactory.getLogger(ReadYourWrites.class);
    private static final long POLL_MILLIS = 3;

    private record Awaited(String readModel, long index, String aggregateId) {
    }

    private final ProjectionTokens tokens;
    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    private final Duration timeout;
    private final Map<String, Set<String>> readModelsByPayloadType = new ConcurrentHashMap<>();

    ReadYourWrites(ProjectionTokens tokens, JdbcTemplate jdbc, EventProcessingConfiguration processing,
                   ReadYourWritesProperties properties) {
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.processing = processing;
        this.timeout = properties.timeout();
    }

    /** The position to pass to {@link #awaitEventsAfter} once the command is done. */
    public long head() {
        return tokens.head();
    }

    /** Waits until all events stored since {@code before} was read are in every read model that handles them. */
    public void awaitEventsAfter(long before) {
        long after = tokens.head();
        if (after <= before) {
            return;
        }
        List<Awaited> awaited = new ArrayList<>();
        List<Long> events = new ArrayList<>();
        jdbc.query("select global_index, aggregate_identifier, payload_type from domain_event_entry"
                + " where global_index > ? and global_index <= ?", row -> {
                    events.add(row.getLong(1));
                    for (String readModel : readModelsHandling(row.getString(3))) {
                        awaited.add(new Awaited(readModel, row.getLong(1), row.getString(2)));
                    }
                }, before, after);
        // with Axon Server the events are not in PostgreSQL: wait until every segment has passed them
        BooleanSupplier done = events.isEmpty() ? () -> everySegmentCovers(before, after) : () -> handled(awaited);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                log.warn("Read models did not reach event {} within {}; the page may lag", after, timeout);
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

    private boolean handled(List<Awaited> awaited) {
        if (awaited.isEmpty()) {
            return true;
        }
        Map<String, Map<Integer, TrackingToken>> current = tokens.tokens(
                awaited.stream().map(Awaited::readModel).distinct().toList());
        return awaited.stream().allMatch(event -> {
            Map<Integer, TrackingToken> segments = current.get(event.readModel());
            if (segments == null || segments.isEmpty()) {
                return false;
            }
            int[] ids = segments.keySet().stream().mapToInt(Integer::intValue).toArray();
            return segments.entrySet().stream()
                    .filter(segment -> Segment.computeSegment(segment.getKey(), ids).matches(event.aggregateId()))
                    .allMatch(segment -> covers(segment.getValue(), event.index() - 1, event.index()));
        });
    }

    private boolean everySegmentCovers(long before, long after) {
        Map<String, Map<Integer, TrackingToken>> current = tokens.tokens(ReadModel.names());
        return ReadModel.names().stream().allMatch(name -> current.containsKey(name)
                && current.get(name).values().stream().allMatch(token -> covers(token, before, after)));
    }

    /** Whether the token has handled every event with a global index in (before, after]. */
    private static boolean covers(TrackingToken token, long before, long after) {
        if (token == null || token.position().orElse(-1) < after) {
            return false;
        }
        return !(token instanceof GapAwareTrackingToken gapAware)
                || gapAware.getGaps().subSet(before + 1, after + 1).isEmpty();
    }

    private Set<String> readModelsHandling(String payloadType) {
        return readModelsByPayloadType.computeIfAbsent(payloadType, type -> {
            Class<?> payload;
            try {
                payload = Class.forName(type);
            } catch (ClassNotFoundException unknown) {
                return Set.of();
            }
            return ReadModel.ALL.stream()
                    .filter(model -> processing.eventProcessor(model.name(), AbstractEventProcessor.class)
                            .map(processor -> processor.eventHandlerInvoker().canHandleType(payload))
                            .orElse(true))
                    .map(ReadModel::name)
                    .collect(Collectors.toUnmodifiableSet());
        });
    }
}
