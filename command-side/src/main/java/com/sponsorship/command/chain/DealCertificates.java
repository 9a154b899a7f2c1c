package com.sponsorship.command.chain;

import com.sponsorship.audit.Chain;
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
            + " platform's signing key, or runs on Axon Server): try again later, or ask an admin to give every"
            + " instance the key file named by PLATFORM_SIGNING_KEY.";
    private static final Duration POLL = Duration.ofMillis(100);

    private final JdbcTemplate jdbc;
    private final EventChainer chainer;
    private final Duration wait;

    /** {@code wait}: how long a request waits for the negotiation's latest events to be chained. */
    public DealCertificates(JdbcTemplate jdbc, EventChainer chainer, Duration wait) {
        this.jdbc = jdbc;
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
            List<Optional<DealCertificate.Event>> events = jdbc.query("select l.link, e.global_index,"
                    + " e.aggregate_identifier, e.sequence_number, e.payload_type, e.payload_revision, e.time_stamp,"
                    + " e.payload, e.meta_data from domain_event_entry e left join event_chain_link l"
                    + " on l.global_index = e.global_index where e.aggregate_identifier = ? order by e.sequence_number",
                    (row, number) -> {
                        long link = row.getLong(1);
                        if (row.wasNull()) {
                            return Optional.empty();
                        }
                        byte[] metadata = row.getBytes(9);
                        DealCertificate.Event event = new DealCertificate.Event(link, row.getLong(2), row.getString(3),
                                row.getLong(4), row.getString(5), row.getString(6), row.getString(7),
                                new String(row.getBytes(8), StandardCharsets.UTF_8),
                                metadata == null ? null : new String(metadata, StandardCharsets.UTF_8), null);
                        return Optional.of(withDigest(event));
                    }, negotiationId);
            if (events.stream().allMatch(Optional::isPresent)) {
                return events.stream().map(Optional::orElseThrow).toList();
            }
            if (System.nanoTime() > deadline) {
                throw new RecordUnavailableException(NOT_CHAINED);
            }
            pause();
        }
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
