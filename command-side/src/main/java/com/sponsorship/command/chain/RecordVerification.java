package com.sponsorship.command.chain;

import com.sponsorship.audit.ChainedEvent;
import com.sponsorship.audit.PlatformKey;
import com.sponsorship.command.chain.RecordVerificationStatus.SignedCheckpoint;
import com.sponsorship.command.chain.RecordVerificationStatus.State;
import com.sponsorship.command.chain.RecordVerificationWalk.Broken;
import com.sponsorship.command.chain.RecordVerificationWalk.StoredCheckpoint;
import com.sponsorship.command.chain.RecordVerificationWalk.StoredLink;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * "Verify the record": recomputes the whole chain on a background thread while the site keeps
 * serving. Links are read in batches (keyset on the link number, each a short read of its own, no
 * transaction held, no lock taken), each with its stored event by position ({@link StoredEvents}), so
 * memory stays flat however large the store. Then every event at or below the highest chained position
 * must be chained, unless the chainer passed its position less than its late-event window (and a minute)
 * ago: on PostgreSQL it may still chain an event committed late into an empty position.
 * <p>
 * The one row of {@code record_verification} holds the state and the progress, written every batch
 * with a heartbeat, so every instance answers alike and one verification runs at a time across
 * instances. A start while one runs with a fresh heartbeat starts nothing; a heartbeat older than
 * {@link #LEASE} means its instance died: it is shown as IDLE "interrupted", and the next start takes
 * the row over (the old owner, should it wake up, finds the row no longer its own and stops).
 */
@Component
public class RecordVerification implements DisposableBean {

    static final Duration LEASE = Duration.ofSeconds(30);
    /** After the chainer's late-event window, how long its batches may take to close it. */
    private static final Duration MARGIN = Duration.ofMinutes(1);
    /** Positions per query when looking for unchained events (an index range, quick). */
    private static final long UNCHAINED_RANGE = 20_000;

    private static final Logger log = LoggerFactory.getLogger(RecordVerification.class);

    private final JdbcTemplate jdbc;
    private final StoredEvents storedEvents;
    private final Duration unchainedAfter;
    private final int batch;
    private final String owner = "verification@" + UUID.randomUUID();
    /** Whether a run of this instance is under way (only then does stopping touch the database). */
    private volatile boolean runningHere;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "record-verification");
        thread.setDaemon(true);
        return thread;
    });

    public RecordVerification(JdbcTemplate jdbc, StoredEvents storedEvents,
                              @Value("${platform.record.late-window:10m}") Duration lateWindow,
                              @Value("${platform.audit.verification.batch:1000}") int batch) {
        this.jdbc = jdbc;
        this.storedEvents = storedEvents;
        this.unchainedAfter = lateWindow.plus(MARGIN);
        this.batch = batch;
    }

    /** The chain's extent when a run starts: its last link and highest position. */
    private record Head(long link, long position) {
    }

    /**
     * Starts a verification unless one is running with a fresh heartbeat, on any instance. True when
     * this call started one.
     */
    public boolean start(String startedBy) {
        Head head = jdbc.queryForObject("select coalesce(max(link), 0), coalesce(max(global_index), 0) from event_chain_link",
                (row, n) -> new Head(row.getLong(1), row.getLong(2)));
        boolean claimed = jdbc.update("""
                insert into record_verification (id, state, checked_up_to, head, started_by, started_at, heartbeat_at, owner)
                values (1, 'RUNNING', 0, ?, ?, now(), now(), ?)
                on conflict (id) do update
                    set state = 'RUNNING', checked_up_to = 0, head = excluded.head, broken_at = null, detail = null,
                        started_by = excluded.started_by, started_at = now(), finished_at = null, heartbeat_at = now(),
                        owner = excluded.owner, checkpoint_position = null, checkpoint_at = null
                    where record_verification.state <> 'RUNNING'
                       or record_verification.heartbeat_at <= now() - make_interval(secs => ?)""",
                head.position(), startedBy, owner, LEASE.toSeconds()) == 1;
        if (claimed) {
            log.info("Verify the record: started by {} up to link {} (position {})", startedBy, head.link(), head.position());
            runningHere = true;
            worker.submit(() -> run(head));
        }
        return claimed;
    }

    /** The running or last verification, as stored. */
    public RecordVerificationStatus status() {
        return jdbc.query("""
                select state, checked_up_to, head, broken_at, detail, checkpoint_position, checkpoint_at,
                       heartbeat_at <= now() - make_interval(secs => ?) as lapsed
                from record_verification where id = 1""", RecordVerification::stored, LEASE.toSeconds())
                .stream().findFirst().orElse(RecordVerificationStatus.NEVER_RUN);
    }

    private static RecordVerificationStatus stored(ResultSet row, int n) throws SQLException {
        State state = State.valueOf(row.getString("state"));
        long checkedUpTo = row.getLong("checked_up_to");
        String detail = row.getString("detail");
        if (state == State.RUNNING && row.getBoolean("lapsed")) {
            state = State.IDLE;
            detail = interrupted(checkedUpTo);
        }
        long checkpoint = row.getLong("checkpoint_position");
        SignedCheckpoint signed = row.wasNull() ? null : new SignedCheckpoint(checkpoint, row.getString("checkpoint_at"));
        long brokenAt = row.getLong("broken_at");
        Long broken = row.wasNull() ? null : brokenAt;
        return new RecordVerificationStatus(state, checkedUpTo, row.getLong("head"), broken, detail, signed);
    }

    private static String interrupted(long checkedUpTo) {
        return "Interrupted at position " + checkedUpTo + ": the instance running it stopped. Start it again.";
    }

    private void run(Head head) {
        long started = System.nanoTime();
        try {
            Optional<Broken> broken = walk(head);
            if (broken.isEmpty()) {
                broken = firstUnchained(head);
            }
            if (broken.isPresent()) {
                finish(State.BROKEN, broken.get().position(), broken.get().detail());
            } else {
                finish(State.INTACT, null, null);
            }
            long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
            if (broken.isPresent()) {
                log.info("Verify the record: BROKEN after {} ms: {}", millis, broken.get().detail());
            } else {
                log.info("Verify the record: INTACT up to position {}, {} links in {} ms ({} links/s)", head.position(),
                        head.link(), millis, head.link() * 1000 / millis);
            }
        } catch (Stopped stopped) {
            log.info("Verify the record: stopped here (this instance is stopping, or another took the run over)");
        } catch (RuntimeException failed) {
            log.error("Verify the record stopped on an error", failed);
            jdbc.update("update record_verification set state = 'IDLE', finished_at = now(),"
                    + " detail = 'Stopped at position ' || checked_up_to || ' by an error (the log says which). Start it again.'"
                    + " where id = 1 and owner = ?", owner);
        } finally {
            runningHere = false;
        }
    }

    /** The chain, batch after batch; the first broken link, if any. */
    private Optional<Broken> walk(Head head) {
        RecordVerificationWalk walk = new RecordVerificationWalk(platformKey());
        long after = 0;
        while (after < head.link()) {
            if (Thread.currentThread().isInterrupted()) {
                throw new Stopped();
            }
            long upTo = Math.min(head.link(), after + batch);
            Map<Long, List<StoredCheckpoint>> checkpoints = checkpoints(after, upTo);
            List<StoredLink> links = links(after, upTo);
            for (StoredLink link : links) {
                Optional<Broken> broken = walk.follow(link, checkpoints.getOrDefault(link.link(), List.of()));
                if (broken.isPresent()) {
                    return broken;
                }
            }
            if (links.isEmpty()) {
                return Optional.of(new Broken(walk.checkedUpTo(), "links " + (after + 1) + " to " + upTo
                        + " are missing from the chain: they were deleted"));
            }
            after = links.get(links.size() - 1).link();
            progress(walk.checkedUpTo(), walk.lastSigned());
        }
        return Optional.empty();
    }

    private PlatformKey platformKey() {
        return jdbc.query("select algorithm, public_key from platform_signing_key where id = 1",
                (row, n) -> new PlatformKey(row.getString(1), Base64.getEncoder().encodeToString(row.getBytes(2))))
                .stream().findFirst().orElse(null);
    }

    /** Links {@code after + 1} to {@code upTo}, each with its stored event when there is one. */
    private List<StoredLink> links(long after, long upTo) {
        List<StoredLink> links = jdbc.query("select link, global_index, event_digest, hash, chained_at from event_chain_link"
                + " where link > ? and link <= ? order by link", (row, n) -> new StoredLink(row.getLong(1), row.getLong(2),
                row.getBytes(3), row.getBytes(4), row.getTimestamp(5).toInstant(), null), after, upTo);
        Map<Long, ChainedEvent> events = storedEvents.at(links.stream().map(StoredLink::position).toList());
        return links.stream().map(link -> new StoredLink(link.link(), link.position(), link.eventDigest(), link.hash(),
                link.chainedAt(), events.get(link.position()))).toList();
    }

    private Map<Long, List<StoredCheckpoint>> checkpoints(long after, long upTo) {
        Map<Long, List<StoredCheckpoint>> byLink = new HashMap<>();
        jdbc.query("select link, global_index, hash, signed_at, signature from event_chain_checkpoint"
                + " where link > ? and link <= ? order by link, id", row -> {
            StoredCheckpoint checkpoint = new StoredCheckpoint(row.getLong(1), row.getLong(2), row.getBytes(3),
                    row.getString(4), row.getBytes(5));
            byLink.computeIfAbsent(checkpoint.link(), link -> new ArrayList<>()).add(checkpoint);
        }, after, upTo);
        return byLink;
    }

    /**
     * The first event at or below the head that is not chained, though the chainer passed its position
     * more than {@code unchainedAfter} ago (which positions may hold one is the {@link StoredEvents}' rule).
     */
    private Optional<Broken> firstUnchained(Head head) {
        if (head.link() == 0) {
            return Optional.empty();
        }
        for (long after = -1; after < head.position(); after += UNCHAINED_RANGE) {
            Optional<Broken> found = storedEvents.firstUnchained(after, Math.min(head.position(), after + UNCHAINED_RANGE),
                    unchainedAfter).map(unchained -> new Broken(unchained.position(), "the event at position "
                            + unchained.position() + " (aggregate " + unchained.aggregateId() + ") is not in the chain: "
                            + unchained.why()));
            if (found.isPresent()) {
                return found;
            }
            beat();
        }
        return Optional.empty();
    }

    private void progress(long checkedUpTo, SignedCheckpoint lastSigned) {
        mine(jdbc.update("update record_verification set checked_up_to = ?, checkpoint_position = ?, checkpoint_at = ?,"
                        + " heartbeat_at = now() where id = 1 and owner = ? and state = 'RUNNING'", checkedUpTo,
                lastSigned == null ? null : lastSigned.position(), lastSigned == null ? null : lastSigned.at(), owner));
    }

    private void beat() {
        mine(jdbc.update("update record_verification set heartbeat_at = now() where id = 1 and owner = ? and state = 'RUNNING'",
                owner));
    }

    private void finish(State state, Long brokenAt, String detail) {
        mine(jdbc.update("update record_verification set state = ?, broken_at = ?, detail = ?,"
                        + " checked_up_to = case when ? then head else checked_up_to end, finished_at = now(),"
                        + " heartbeat_at = now() where id = 1 and owner = ? and state = 'RUNNING'",
                state.name(), brokenAt, detail, state == State.INTACT, owner));
    }

    private static void mine(int updated) {
        if (updated != 1) {
            throw new Stopped();
        }
    }

    /** This run stops: the row is no longer its own (another instance took it over), or this instance is stopping. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /**
     * A run cut short by this instance stopping is shown as interrupted at once: its heartbeat is set
     * to the infinite past, so its lease has lapsed (rather than after {@link #LEASE}).
     */
    @Override
    public void destroy() throws InterruptedException {
        boolean cutShort = runningHere;
        worker.shutdownNow();
        worker.awaitTermination(5, TimeUnit.SECONDS);
        if (!cutShort) {
            // nothing to mark; and the database may already be stopping, where a query would wait its timeout
            return;
        }
        try {
            jdbc.update("update record_verification set heartbeat_at = '-infinity' where id = 1 and owner = ?"
                    + " and state = 'RUNNING'", owner);
        } catch (RuntimeException databaseGone) {
            log.debug("The interrupted verification is left to its lease", databaseGone);
        }
    }
}
