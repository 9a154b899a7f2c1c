package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import org.axonframework.serialization.Revision;

@Revision("1")
public record NegotiationCancelledEvent(
        String negotiationId,
        String reason,
        Actor actor) implements NegotiationEvent {
}
