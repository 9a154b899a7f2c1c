package com.sponsorship.command.chain;

import com.sponsorship.audit.Chain;
import com.sponsorship.audit.ChainedEvent;
import com.sponsorship.audit.Checkpoint;
import com.sponsorship.audit.Hashes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Appends the stored events to the chain, in batches, beside the appends and never in them: each batch
 * is one transaction under an advisory lock, so one instance chains at a time and reads the head inside
 * it. Which events come next is the {@link StoredEvents}' concern (on PostgreSQL, gap-aware). Checkpoints
 * are signed in the same transaction as the links they sign.
 */
public class EventChainer {

    /**
     * The chain's advisory lock ("ch1" in ASCII; no other lock uses it). Whoever holds it stops the chain
     * everywhere: tests that rewrite stored events by hand, as an old store was, hold it meanwhile.
     */
    public static final long LOCK = 0x636831L;

    private final DataSource dataSource;
    private final StoredEvents stored;
    private final PlatformSigningKey key;
    private final ChainSettings settings;
    private final boolean keeps;

    /**
     * {@code keeps}: whether this instance keeps the record, holding the registered platform key (an
     * instance with another key never signs, so it never chains either: its links would lack their checkpoints).
     */
    public EventChainer(DataSource dataSource, StoredEvents stored, PlatformSigningKey key, ChainSettings settings,
            boolean keeps) {
        this.dataSource = dataSource;
        this.stored = stored;
        this.key = key;
        this.settings = settings;
        this.keeps = keeps;
    }

    public boolean keepsTheRecord() {
        return keeps;
    }

    /** The Base64 signature of {@code statement} with the platform key; only when {@link #keepsTheRecord()}. */
    public String sign(byte[] statement) {
        if (!keeps) {
            throw new IllegalStateException("This instance does not hold the platform key");
        }
        return key.sign(statement);
    }

    /** What a batch did: links appended, and the head after it (link 0 before the first event). */
    public record Progress(int chained, long link, long position) {
    }

    /** Head of the chain: its last link, that link's hash, and the highest position chained. */
    private record Head(long link, byte[] hash, long maxPosition) {
    }

    /** One batch; chains nothing while another instance holds the chain's lock. */
    public Progress chainOnce() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!tryLock(connection)) {
                    connection.rollback();
                    return new Progress(0, 0, 0);
                }
                Head head = head(connection);
                List<ChainedEvent> events = stored.next(connection, head.link(), head.maxPosition(), settings.batch());
                Head after = append(connection, head, events);
                signDueCheckpoints(connection, head.link(), after);
                connection.commit();
                return new Progress(events.size(), after.link(), after.maxPosition());
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The event chain could not be extended", e);
        }
    }

    /**
     * The first checkpoint at or after {@code link}, signing one at the head now when there is none;
     * empty while the chain has not reached {@code link}.
     */
    public Optional<Checkpoint> seal(long link) {
        try (Connection connection = dataSource.getConnection()) {
            Optional<Checkpoint> signed = checkpointFrom(connection, link);
            if (signed.isPresent()) {
                return signed;
            }
            connection.setAutoCommit(false);
            try {
                // waits for a batch under way, which may sign the checkpoint itself
                try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, LOCK);
                    lock.execute();
                }
                signed = checkpointFrom(connection, link);
                Head head = head(connection);
                if (signed.isEmpty() && head.link() >= link) {
                    signed = Optional.of(sign(connection, head.link(), positionAt(connection, head.link()), head.hash()));
                }
                connection.commit();
                return signed;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The event chain could not be sealed", e);
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK);
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private static Head head(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select link, hash,"
                + " (select max(global_index) from event_chain_link) from event_chain_link order by link desc limit 1");
             ResultSet row = select.executeQuery()) {
            return row.next() ? new Head(row.getLong(1), row.getBytes(2), row.getLong(3)) : new Head(0, Chain.GENESIS, 0);
        }
    }

    /** Appends the events' links in order, signing a checkpoint at every multiple of N on the way. */
    private Head append(Connection connection, Head head, List<ChainedEvent> events) throws SQLException {
        long link = head.link();
        byte[] hash = head.hash();
        long maxPosition = head.maxPosition();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into event_chain_link (link, global_index, event_digest, hash, aggregate_identifier, sequence_number)"
                        + " values (?, ?, ?, ?, ?, ?)")) {
            for (ChainedEvent event : events) {
                byte[] digest = event.digest();
                hash = Chain.next(hash, digest);
                link++;
                maxPosition = Math.max(maxPosition, event.position());
                insert.setLong(1, link);
                insert.setLong(2, event.position());
                insert.setBytes(3, digest);
                insert.setBytes(4, hash);
                insert.setString(5, event.aggregateId());
                insert.setLong(6, event.sequence());
                insert.addBatch();
                if (link % settings.checkpointEvery() == 0) {
                    insert.executeBatch();
                    sign(connection, link, event.position(), hash);
                }
            }
            insert.executeBatch();
        }
        return new Head(link, hash, maxPosition);
    }

    /** At the head when the newest checkpoint (or, before the first, the first link) is older than allowed. */
    private void signDueCheckpoints(Connection connection, long headBefore, Head head) throws SQLException {
        if (head.link() == 0 || (head.link() > headBefore && head.link() % settings.checkpointEvery() == 0)) {
            return;
        }
        try (PreparedStatement select = connection.prepareStatement("select coalesce("
                + "(select signed_at::timestamptz from event_chain_checkpoint order by id desc limit 1),"
                + " (select chained_at from event_chain_link where link = 1)) <= now() - make_interval(secs => ?)")) {
            select.setDouble(1, seconds(settings.checkpointAtLeast()));
            try (ResultSet due = select.executeQuery()) {
                due.next();
                if (due.getBoolean(1)) {
                    sign(connection, head.link(), positionAt(connection, head.link()), head.hash());
                }
            }
        }
    }

    private static long positionAt(Connection connection, long link) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select global_index from event_chain_link where link = ?")) {
            select.setLong(1, link);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private Checkpoint sign(Connection connection, long link, long position, byte[] hash) throws SQLException {
        String hex = Hashes.hex(hash);
        String at = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        String signature = sign(Checkpoint.statement(link, position, hex, at));
        try (PreparedStatement insert = connection.prepareStatement("insert into event_chain_checkpoint"
                + " (link, global_index, hash, signed_at, signature) values (?, ?, ?, ?, ?)")) {
            insert.setLong(1, link);
            insert.setLong(2, position);
            insert.setBytes(3, hash);
            insert.setString(4, at);
            insert.setBytes(5, Base64.getDecoder().decode(signature));
            insert.executeUpdate();
        }
        return new Checkpoint(link, position, hex, at, signature);
    }

    private static Optional<Checkpoint> checkpointFrom(Connection connection, long link) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select link, global_index, hash, signed_at, signature"
                + " from event_chain_checkpoint where link >= ? order by link, id limit 1")) {
            select.setLong(1, link);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new Checkpoint(row.getLong(1), row.getLong(2), Hashes.hex(row.getBytes(3)),
                                row.getString(4), Base64.getEncoder().encodeToString(row.getBytes(5))))
                        : Optional.empty();
            }
        }
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
