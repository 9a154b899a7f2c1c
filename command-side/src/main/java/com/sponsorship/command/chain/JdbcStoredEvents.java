package com.sponsorship.command.chain;

import com.sponsorship.audit.ChainedEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The events of Axon's JPA storage engine, {@code domain_event_entry}, by global index. Concurrent appends
 * commit out of order, so the global index can have empty positions: a young one holds the chain back for
 * {@link ChainSettings#gapWait()}, then the chain passes it, and an event committed there within
 * {@link ChainSettings#lateWindow()} is chained when it appears (its position is in its digest).
 */
public class JdbcStoredEvents implements StoredEvents {

    private static final String COLUMNS = "e.global_index, e.aggregate_identifier, e.sequence_number, e.payload_type,"
            + " e.payload_revision, e.time_stamp, e.payload, e.meta_data";

    private final JdbcTemplate jdbc;
    private final ChainSettings settings;

    public JdbcStoredEvents(JdbcTemplate jdbc, ChainSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Late events first (committed into empty positions the chain has passed), then the new ones. */
    @Override
    public List<ChainedEvent> next(Connection chain, long link, long maxPosition, int limit) throws SQLException {
        List<ChainedEvent> events = new ArrayList<>(lateEvents(chain, maxPosition, limit));
        events.addAll(newEvents(chain, maxPosition, limit - events.size()));
        return events;
    }

    /** Events committed into empty positions the chain has passed, while the late-event window is open. */
    private List<ChainedEvent> lateEvents(Connection connection, long maxPosition, int limit) throws SQLException {
        try (PreparedStatement expire = connection.prepareStatement(
                "delete from event_chain_gap where first_seen <= now() - make_interval(secs => ?)")) {
            expire.setDouble(1, seconds(settings.lateWindow().plus(settings.gapWait())));
            expire.executeUpdate();
        }
        // lateral: one index range per gap; a plain join let the planner anti-join the whole store to the whole
        // chain on every poll (1.7 s each on a store of 840,000 events)
        try (PreparedStatement select = connection.prepareStatement("select e.* from event_chain_gap g"
                + " cross join lateral (select " + COLUMNS + " from domain_event_entry e"
                + " where e.global_index between g.low and g.high and e.global_index < ?"
                + " and not exists (select 1 from event_chain_link l where l.global_index = e.global_index)) e"
                + " order by e.global_index limit ?")) {
            select.setLong(1, maxPosition);
            select.setInt(2, limit);
            return read(select);
        }
    }

    /**
     * The events after the highest position chained, in order, up to the first empty position that is
     * still young (recorded in {@code event_chain_gap} when first seen).
     */
    private List<ChainedEvent> newEvents(Connection connection, long maxPosition, int limit) throws SQLException {
        if (limit <= 0) {
            return List.of();
        }
        List<ChainedEvent> candidates;
        try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from domain_event_entry e"
                + " where e.global_index > ? order by e.global_index limit ?")) {
            select.setLong(1, maxPosition);
            select.setInt(2, limit);
            candidates = read(select);
        }
        List<ChainedEvent> chainable = new ArrayList<>(candidates.size());
        long expected = maxPosition + 1;
        for (ChainedEvent event : candidates) {
            if (event.position() > expected && !gapOldEnough(connection, expected, event.position() - 1, event)) {
                break;
            }
            chainable.add(event);
            expected = event.position() + 1;
        }
        return chainable;
    }

    /**
     * Whether the empty positions low..high were first seen long enough ago to pass them; records them if new.
     * A new one is passed at once when the event after it is older than the late-event window: a store chained
     * for the first time has its old gaps, and no append takes that long.
     */
    private boolean gapOldEnough(Connection connection, long low, long high, ChainedEvent after) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select count(*),"
                + " coalesce(bool_and(first_seen <= now() - make_interval(secs => ?)), false)"
                + " from event_chain_gap where low <= ? and high >= ?")) {
            select.setDouble(1, seconds(settings.gapWait()));
            select.setLong(2, high);
            select.setLong(3, low);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                if (result.getLong(1) > 0) {
                    return result.getBoolean(2);
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into event_chain_gap (low, high) values (?, ?) on conflict (low) do nothing")) {
            insert.setLong(1, low);
            insert.setLong(2, high);
            insert.executeUpdate();
        }
        return settings.gapWait().isZero() || olderThanTheWindow(after.timestamp());
    }

    private boolean olderThanTheWindow(String timestamp) {
        try {
            return Instant.parse(timestamp).isBefore(Instant.now().minus(settings.lateWindow()));
        } catch (DateTimeParseException notAnInstant) {
            return false;
        }
    }

    private static List<ChainedEvent> read(PreparedStatement select) throws SQLException {
        List<ChainedEvent> events = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                events.add(event(row));
            }
        }
        return events;
    }

    /** The event in the row's first columns, {@link #COLUMNS}. */
    private static ChainedEvent event(ResultSet row) throws SQLException {
        return new ChainedEvent(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4),
                row.getString(5), row.getString(6), row.getBytes(7), row.getBytes(8));
    }

    @Override
    public Map<Long, ChainedEvent> at(Collection<Long> positions) {
        Map<Long, ChainedEvent> byPosition = new HashMap<>();
        jdbc.query(connection -> {
            PreparedStatement select = connection.prepareStatement("select " + COLUMNS
                    + " from domain_event_entry e where e.global_index = any(?)");
            select.setArray(1, connection.createArrayOf("bigint", positions.toArray()));
            return select;
        }, row -> {
            ChainedEvent event = event(row);
            byPosition.put(event.position(), event);
        });
        return byPosition;
    }

    @Override
    public List<Optional<Linked>> ofAggregate(String aggregateId) {
        return jdbc.query("select " + COLUMNS + ", l.link from domain_event_entry e left join event_chain_link l"
                + " on l.global_index = e.global_index where e.aggregate_identifier = ? order by e.sequence_number",
                (row, number) -> {
                    long link = row.getLong(9);
                    return row.wasNull() ? Optional.<Linked>empty() : Optional.of(new Linked(link, event(row)));
                }, aggregateId);
    }

    /**
     * The chainer's own {@code chained_at} of a later link decides that it passed the position, not the
     * event's time stamp, which whoever inserts a row writes.
     */
    @Override
    public Optional<Unchained> firstUnchained(long after, long upTo, Duration passed) {
        // the range bounds both sides, so the anti-join reads the range's links, not the whole chain
        List<Unchained> unchained = jdbc.query("""
                select e.global_index, e.aggregate_identifier from domain_event_entry e
                where e.global_index > ? and e.global_index <= ?
                  and not exists (select 1 from event_chain_link l where l.global_index = e.global_index
                                  and l.global_index > ? and l.global_index <= ?)
                order by e.global_index""", (row, n) -> new Unchained(row.getLong(1), row.getString(2),
                "it was inserted outside the platform"), after, upTo, after, upTo);
        for (Unchained candidate : unchained) {
            if (Boolean.TRUE.equals(jdbc.queryForObject("""
                    select exists (select 1 from event_chain_link later where later.global_index > ?
                                   and later.chained_at <= now() - make_interval(secs => ?))""", Boolean.class,
                    candidate.position(), passed.toSeconds()))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
