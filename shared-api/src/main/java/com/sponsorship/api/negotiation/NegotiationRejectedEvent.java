package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import org.axonframework.serialization.Revision;

@Revision("1")
public record NegotiationRejectedEvent(
        String negotiationId,
        String message,
        Actor actor) implements NegotiationEvent {
}
