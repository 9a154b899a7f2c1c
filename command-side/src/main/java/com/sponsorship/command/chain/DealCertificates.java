package com.sponsorship.command.chain;

import com.sponsorship.audit.Chain;
import com.sponsorship.audit.ChainedEvent;
import com.sponsorship.audit.Checkpoint;
import com.sponsorship.audit.DealCertificate;
import com.sponsorship.audit.Hashes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deal certificates: a negotiation's stored events, the links tying each to a signed checkpoint, signed
 * with the platform key. Who may have one is the caller's concern.
 */
public class DealCertificates {

    private static final String NOT_CHAINED = "This negotiation's latest events are not in the tamper-evident record yet:"
            + " try again in a few seconds.";
    private static final String NOT_SIGNING = "This instance does not keep the tamper-evident record (it lacks the"
            + " platform's signing key): try again later, or ask an admin to give every"
            + " instance the key file named by PLATFORM_SIGNING_KEY.";
    private static final Duration POLL = Duration.ofMillis(100);

    private final JdbcTemplate jdbc;
    private final StoredEvents storedEvents;
    private final EventChainer chainer;
    private final Duration wait;

    /** {@code wait}: how long a request waits for the negotiation's latest events to be chained. */
    public DealCertificates(JdbcTemplate jdbc, StoredEvents storedEvents, EventChainer chainer, Duration wait) {
        this.jdbc = jdbc;
        this.storedEvents = storedEvents;
        this.chainer = chainer;
        this.wait = wait;
    }

    /** The certificate of the negotiation {@code negotiationId}, which has events. */
    public DealCertificate certificate(String negotiationId) {
        if (!chainer.keepsTheRecord()) {
            throw new RecordUnavailableException(NOT_SIGNING);
        }
        List<DealCertificate.Event> events = chainedEvents(negotiationId);
        List<DealCertificate.Event> byLink = new ArrayList<>(events);
        byLink.sort((a, b) -> Long.compare(a.link(), b.link()));
        Set<Long> dealLinks = new HashSet<>();
        byLink.forEach(event -> dealLinks.add(event.link()));
        List<DealCertificate.Segment> segments = new ArrayList<>();
        int next = 0;
        while (next < byLink.size()) {
            long from = byLink.get(next).link();
            Checkpoint checkpoint = chainer.seal(from)
                    .orElseThrow(() -> new RecordUnavailableException(NOT_CHAINED));
            while (next < byLink.size() && byLink.get(next).link() <= checkpoint.link()) {
                next++;
            }
            segments.add(new DealCertificate.Segment(from, previousHash(from),
                    others(from, checkpoint.link(), dealLinks), checkpoint));
        }
        String issuedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        DealCertificate unsigned = new DealCertificate(DealCertificate.FORMAT, negotiationId, issuedAt, events, segments, null);
        return new DealCertificate(DealCertificate.FORMAT, negotiationId, issuedAt, events, segments,
                chainer.sign(unsigned.statement()));
    }

    /** The negotiation's events in sequence order, once every one of them is chained (waiting a bounded time). */
    private List<DealCertificate.Event> chainedEvents(String negotiationId) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            List<Optional<StoredEvents.Linked>> events = storedEvents.ofAggregate(negotiationId);
            if (events.stream().allMatch(Optional::isPresent)) {
                return events.stream().map(Optional::orElseThrow).map(DealCertificates::event).toList();
            }
            if (System.nanoTime() > deadline) {
                throw new RecordUnavailableException(NOT_CHAINED);
            }
            pause();
        }
    }

    /** The event as a certificate holds it: the stored bytes as UTF-8 text, and the digest a verifier computes from it. */
    private static DealCertificate.Event event(StoredEvents.Linked linked) {
        ChainedEvent stored = linked.event();
        DealCertificate.Event event = new DealCertificate.Event(linked.link(), stored.position(), stored.aggregateId(),
                stored.sequence(), stored.type(), stored.revision(), stored.timestamp(),
                new String(stored.payload(), StandardCharsets.UTF_8),
                stored.metadata() == null ? null : new String(stored.metadata(), StandardCharsets.UTF_8), null);
        return withDigest(event);
    }

    /** The digest exactly as a verifier computes it from the certificate's text. */
    private static DealCertificate.Event withDigest(DealCertificate.Event event) {
        return new DealCertificate.Event(event.link(), event.position(), event.aggregateId(), event.sequence(),
                event.type(), event.revision(), event.timestamp(), event.payload(), event.metadata(),
                Hashes.hex(event.chained().digest()));
    }

    private String previousHash(long link) {
        if (link == 1) {
            return Hashes.hex(Chain.GENESIS);
        }
        return Hashes.hex(jdbc.queryForObject("select hash from event_chain_link where link = ?", byte[].class, link - 1));
    }

    private List<DealCertificate.Link> others(long from, long to, Set<Long> dealLinks) {
        return jdbc.query("select link, event_digest from event_chain_link where link between ? and ? order by link",
                (row, number) -> new DealCertificate.Link(row.getLong(1), Hashes.hex(row.getBytes(2))), from, to)
                .stream().filter(link -> !dealLinks.contains(link.link())).toList();
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RecordUnavailableException(NOT_CHAINED);
        }
    }
}
