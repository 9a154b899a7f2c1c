package com.sponsorship.query.runtime;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The processors' positions as the shared token store records them. Every instance on the
 * database sees the same tokens, whichever instance holds a segment's claim, so answers built on
 * them hold across instances (a processor's local status covers only the segments it claimed).
 */
@Component
public class ProjectionTokens {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final EventStore eventStore;

    ProjectionTokens(JdbcTemplate jdbc, Serializer serializer, EventStore eventStore) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.eventStore = eventStore;
    }

    /** The global index of the newest stored event, -1 when there is none. */
    public long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    /** Each named processor's tokens by segment (a segment not started yet has a null token). */
    public Map<String, Map<Integer, TrackingToken>> tokens(List<String> processors) {
        Map<String, Map<Integer, TrackingToken>> tokens = new HashMap<>();
        if (processors.isEmpty()) {
            return tokens;
        }
        String names = String.join(",", processors.stream().map(name -> "?").toList());
        jdbc.query("select processor_name, segment, token_type, token from token_entry where processor_name in ("
                + names + ")", row -> {
                    String type = row.getString(3);
                    byte[] data = row.getBytes(4);
                    TrackingToken token = type == null || data == null ? null
                            : serializer.deserialize(new SimpleSerializedObject<>(data, byte[].class, type, null));
                    tokens.computeIfAbsent(row.getString(1), name -> new TreeMap<>()).put(row.getInt(2), token);
                }, processors.toArray());
        return tokens;
    }

    /** The lowest position of a processor's segments: every event up to it is handled; -1 when unknown. */
    public static long position(Map<Integer, TrackingToken> segments) {
        if (segments == null || segments.isEmpty()) {
            return -1;
        }
        return segments.values().stream()
                .mapToLong(token -> token == null ? -1 : token.position().orElse(-1)).min().orElse(-1);
    }
}
