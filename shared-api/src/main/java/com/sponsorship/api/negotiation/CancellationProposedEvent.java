package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import org.axonframework.serialization.Revision;

/** A party of an agreed deal proposed cancelling it, saying why; the other party accepts or refuses. */
@Revision("1")
public record CancellationProposedEvent(
        String negotiationId,
        String reason,
        Actor actor) implements NegotiationEvent {
}
