package com.sponsorship.command.chain;

import com.sponsorship.audit.ChainedEvent;
import io.axoniq.axonserver.connector.event.AggregateEventStream;
import io.axoniq.axonserver.connector.event.EventChannel;
import io.axoniq.axonserver.connector.event.EventStream;
import io.axoniq.axonserver.grpc.MetaDataValue;
import io.axoniq.axonserver.grpc.event.Event;
import io.axoniq.axonserver.grpc.event.EventWithToken;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The events in Axon Server, read through its connector: the event stream by token (the global position:
 * consecutive from 0, each committed in order, so there are no empty positions to wait for) and an
 * aggregate's events by its stream. An aggregate stream carries no tokens, so a certificate takes the
 * positions from the chain's own links ({@code event_chain_link.aggregate_identifier, sequence_number}).
 * Every event is chained with the exact bytes Axon Server holds; see {@link #chained(Event, long)}.
 */
public class AxonServerStoredEvents implements StoredEvents {

    /** How long a read waits for Axon Server's next event before it takes the stream as ended. */
    private static final long WAIT_MILLIS = 200;
    /** How long a read waits for an event it knows is there (verification) before giving up. */
    private static final long SURE_WAIT_SECONDS = 10;
    private static final int BUFFER = 1_000;

    private final Supplier<EventChannel> channel;
    private final JdbcTemplate jdbc;

    /** {@code channel}: the event channel of the context the platform's events are in. */
    public AxonServerStoredEvents(Supplier<EventChannel> channel, JdbcTemplate jdbc) {
        this.channel = channel;
        this.jdbc = jdbc;
    }

    /**
     * One stored event as the chain sees it: the payload's exact bytes, type and revision, the position
     * given, the aggregate and sequence, the time stamp as an ISO-8601 instant of its milliseconds, and
     * the metadata in {@link #metadata(Map)}'s encoding. Strings are as Axon Server holds them (empty when
     * absent, e.g. the revision of an unrevised payload).
     */
    static ChainedEvent chained(Event event, long position) {
        return new ChainedEvent(position, event.getAggregateIdentifier(), event.getAggregateSequenceNumber(),
                event.getPayload().getType(), event.getPayload().getRevision(),
                Instant.ofEpochMilli(event.getTimestamp()).toString(), event.getPayload().getData().toByteArray(),
                metadata(event.getMetaDataMap()));
    }

    static ChainedEvent chained(EventWithToken event) {
        return chained(event.getEvent(), event.getToken());
    }

    /**
     * The metadata as canonical text (a protobuf map has no order of its own): for each entry, by key in
     * {@link String#compareTo} order, the key and then the Base64 of its value's protobuf bytes, each as a
     * netstring ({@code <length in bytes>:<bytes>,}). UTF-8 text, so a certificate carries it as it carries
     * a JSON payload; empty when there is no metadata.
     */
    static byte[] metadata(Map<String, MetaDataValue> metadata) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        new TreeMap<>(metadata).forEach((key, value) -> {
            netstring(text, key.getBytes(StandardCharsets.UTF_8));
            netstring(text, Base64.getEncoder().encode(value.toByteArray()));
        });
        return text.toByteArray();
    }

    private static void netstring(ByteArrayOutputStream text, byte[] field) {
        text.writeBytes((field.length + ":").getBytes(StandardCharsets.US_ASCII));
        text.writeBytes(field);
        text.write(',');
    }

    /** The events from the token after the head (0 before the first link), as far as Axon Server has them. */
    @Override
    public List<ChainedEvent> next(Connection chain, long link, long maxPosition, int limit) {
        long from = link == 0 ? 0 : maxPosition + 1;
        EventChannel events = channel.get();
        if (await(events.getLastToken()) < from) {
            return List.of();
        }
        List<ChainedEvent> next = new ArrayList<>();
        try (EventStream stream = events.openStream(from, Math.min(limit, BUFFER))) {
            while (next.size() < limit) {
                EventWithToken event = stream.nextIfAvailable(WAIT_MILLIS, TimeUnit.MILLISECONDS);
                if (event == null) {
                    break;
                }
                if (event.getToken() != from + next.size()) {
                    // link n holds token n - 1: a skipped token would break that, and the check of verification
                    throw new IllegalStateException("Axon Server sent token " + event.getToken() + " where "
                            + (from + next.size()) + " was next");
                }
                next.add(chained(event));
            }
            failed(stream);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading Axon Server's event stream", e);
        }
        return next;
    }

    /** Reads the stream from the lowest position to the highest (they are consecutive, chained in order). */
    @Override
    public Map<Long, ChainedEvent> at(Collection<Long> positions) {
        Map<Long, ChainedEvent> byPosition = new HashMap<>();
        if (positions.isEmpty()) {
            return byPosition;
        }
        Set<Long> wanted = new HashSet<>(positions);
        long from = positions.stream().mapToLong(Long::longValue).min().orElseThrow();
        long to = positions.stream().mapToLong(Long::longValue).max().orElseThrow();
        try (EventStream stream = channel.get().openStream(from, (int) Math.min(to - from + 1, BUFFER))) {
            long token = from - 1;
            while (token < to) {
                EventWithToken event = stream.nextIfAvailable(SURE_WAIT_SECONDS, TimeUnit.SECONDS);
                if (event == null) {
                    failed(stream);
                    throw new IllegalStateException("Axon Server sent no event at position " + (token + 1)
                            + " within " + SURE_WAIT_SECONDS + " seconds");
                }
                token = event.getToken();
                if (wanted.contains(token)) {
                    byPosition.put(token, chained(event));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading Axon Server's event stream", e);
        }
        return byPosition;
    }

    @Override
    public List<Optional<Linked>> ofAggregate(String aggregateId) {
        Map<Long, long[]> chainedBySequence = new HashMap<>();
        jdbc.query("select sequence_number, link, global_index from event_chain_link where aggregate_identifier = ?",
                row -> {
                    chainedBySequence.put(row.getLong(1), new long[] {row.getLong(2), row.getLong(3)});
                }, aggregateId);
        List<Optional<Linked>> events = new ArrayList<>();
        AggregateEventStream stream = channel.get().openAggregateStream(aggregateId, false);
        try {
            while (stream.hasNext()) {
                Event event = stream.next();
                long[] link = chainedBySequence.get(event.getAggregateSequenceNumber());
                events.add(link == null ? Optional.empty() : Optional.of(new Linked(link[0], chained(event, link[1]))));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading an aggregate's events from Axon Server", e);
        } finally {
            stream.cancel();
        }
        return events;
    }

    /**
     * No position is ever empty and the chain follows the stream in order, so the chain's links must hold
     * every position up to its head: the first one missing is the break ({@code passed} does not apply).
     */
    @Override
    public Optional<Unchained> firstUnchained(long after, long upTo, Duration passed) {
        return jdbc.queryForList("select p from generate_series(?::bigint, ?::bigint) p where not exists"
                + " (select 1 from event_chain_link l where l.global_index = p) order by p limit 1", Long.class,
                after + 1, upTo).stream().findFirst().map(position -> {
                    ChainedEvent event = at(List.of(position)).get(position);
                    return new Unchained(position, event == null ? null : event.aggregateId(),
                            "its link is missing from the chain, which holds every position up to its head");
                });
    }

    private static long await(CompletableFuture<Long> token) {
        try {
            return token.get(SURE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking Axon Server for its last token", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Axon Server did not tell its last token", e);
        }
    }

    private static void failed(EventStream stream) {
        stream.getError().ifPresent(error -> {
            throw new IllegalStateException("Axon Server's event stream failed", error);
        });
    }
}
