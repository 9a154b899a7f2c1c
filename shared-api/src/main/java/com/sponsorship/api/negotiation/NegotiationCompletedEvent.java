package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import org.axonframework.serialization.Revision;

/** Every deliverable of an agreed deal is live: the deal is completed (applied by the platform right after the last one). */
@Revision("1")
public record NegotiationCompletedEvent(
        String negotiationId,
        Actor actor) implements NegotiationEvent {
}
