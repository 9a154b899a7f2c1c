package com.sponsorship.command.chain;

import com.sponsorship.audit.ChainedEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the stored events come from for the chain: PostgreSQL's {@code domain_event_entry}
 * ({@link JdbcStoredEvents}) or Axon Server's stream ({@link AxonServerStoredEvents}). The chain's rules
 * (digests, links, checkpoints, certificates, verification) are the same whichever it is.
 */
public interface StoredEvents {

    /** An event with the number of its link in the chain. */
    record Linked(long link, ChainedEvent event) {
    }

    /** An event the chain lacks at a position it has passed: where, whose, and why that is a break. */
    record Unchained(long position, String aggregateId, String why) {
    }

    /**
     * The next events to chain, in the order to chain them, at most {@code limit}: after the chain's head
     * ({@code link} its last link, 0 before the first; {@code maxPosition} the highest position chained).
     * Runs inside the chainer's transaction on {@code chain}, which holds the chain's lock.
     */
    List<ChainedEvent> next(Connection chain, long link, long maxPosition, int limit) throws SQLException;

    /** The events at {@code positions}, by position; a position without an event is absent. */
    Map<Long, ChainedEvent> at(Collection<Long> positions);

    /** One aggregate's events in sequence order, each with its link once it is chained (empty until then). */
    List<Optional<Linked>> ofAggregate(String aggregateId);

    /**
     * The first position in {@code after + 1 .. upTo} holding an event the chain lacks although the chainer
     * passed that position more than {@code passed} ago; the chain's head is at or after {@code upTo}.
     */
    Optional<Unchained> firstUnchained(long after, long upTo, Duration passed);
}
