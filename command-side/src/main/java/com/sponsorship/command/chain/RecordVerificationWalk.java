package com.sponsorship.command.chain;

import com.sponsorship.audit.Chain;
import com.sponsorship.audit.ChainedEvent;
import com.sponsorship.audit.Checkpoint;
import com.sponsorship.audit.Hashes;
import com.sponsorship.audit.PlatformKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * "Verify the record" link after link, in link order: recomputes each event's digest and the chain's
 * hash from the stored rows and checks the checkpoints signed at each link. Rows in, the first broken
 * link out; no database, so every rule is tested on hand-built links. The sentences name positions,
 * links, aggregates and types, never payload content (it may hold personal data).
 */
final class RecordVerificationWalk {

    /** A row of {@code event_chain_link} with its event's row ({@code event} null when that row is gone). */
    record StoredLink(long link, long position, byte[] eventDigest, byte[] hash, Instant chainedAt, ChainedEvent event) {
    }

    /** A row of {@code event_chain_checkpoint}. */
    record StoredCheckpoint(long link, long position, byte[] hash, String signedAt, byte[] signature) {
    }

    /** The first broken link: the position it is at and what is wrong, in words. */
    record Broken(long position, String detail) {
    }

    private final PlatformKey key;
    private byte[] previous = Chain.GENESIS;
    private long expectedLink = 1;
    private long checkedUpTo;
    private RecordVerificationStatus.SignedCheckpoint lastSigned;

    /** {@code key}: the registered platform key, null when none is. */
    RecordVerificationWalk(PlatformKey key) {
        this.key = key;
    }

    /** Follows the next link and the checkpoints signed at it; the break when it does not hold. */
    Optional<Broken> follow(StoredLink link, List<StoredCheckpoint> checkpoints) {
        long position = link.position();
        if (link.link() != expectedLink) {
            return broken(position, "link " + expectedLink + " (before the link at position " + position
                    + ") is missing from the chain: it was deleted");
        }
        ChainedEvent event = link.event();
        if (event == null) {
            return broken(position, "the event at position " + position + " was deleted");
        }
        if (!Arrays.equals(event.digest(), link.eventDigest())) {
            return broken(position, "the event at position " + position + " (aggregate " + event.aggregateId()
                    + ", sequence " + event.sequence() + ", type " + event.type()
                    + ") was changed after it was chained at " + link.chainedAt().truncatedTo(ChronoUnit.SECONDS));
        }
        byte[] hash = Chain.next(previous, link.eventDigest());
        if (!Arrays.equals(hash, link.hash())) {
            return broken(position, "link " + link.link() + " at position " + position + ": its stored hash was altered");
        }
        for (StoredCheckpoint checkpoint : checkpoints) {
            Optional<Broken> wrong = check(link, hash, checkpoint);
            if (wrong.isPresent()) {
                return wrong;
            }
            lastSigned = new RecordVerificationStatus.SignedCheckpoint(position, checkpoint.signedAt());
        }
        previous = hash;
        expectedLink++;
        checkedUpTo = Math.max(checkedUpTo, position);
        return Optional.empty();
    }

    private Optional<Broken> check(StoredLink link, byte[] hash, StoredCheckpoint checkpoint) {
        String which = "the checkpoint signed at " + checkpoint.signedAt() + " for link " + link.link()
                + " (position " + link.position() + ")";
        if (checkpoint.position() != link.position()) {
            return broken(link.position(), which + " names position " + checkpoint.position() + ": it was altered");
        }
        if (!Arrays.equals(hash, checkpoint.hash())) {
            return broken(link.position(), which + " holds another hash than the chain: it was altered");
        }
        if (key == null) {
            return broken(link.position(), which + " cannot be checked: no platform key is registered");
        }
        byte[] statement = Checkpoint.statement(link.link(), link.position(), Hashes.hex(hash), checkpoint.signedAt());
        if (!key.signed(statement, Base64.getEncoder().encodeToString(checkpoint.signature()))) {
            return broken(link.position(), which + " is not signed by the platform's registered key");
        }
        return Optional.empty();
    }

    private static Optional<Broken> broken(long position, String detail) {
        return Optional.of(new Broken(position, detail));
    }

    /** The highest position verified so far. */
    long checkedUpTo() {
        return checkedUpTo;
    }

    /** The newest checkpoint verified so far; null before the first. */
    RecordVerificationStatus.SignedCheckpoint lastSigned() {
        return lastSigned;
    }
}
