package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import org.axonframework.serialization.Revision;

/** The other party refused the proposed cancellation: the deal goes on as before. */
@Revision("1")
public record CancellationRefusedEvent(
        String negotiationId,
        Actor actor) implements NegotiationEvent {
}
