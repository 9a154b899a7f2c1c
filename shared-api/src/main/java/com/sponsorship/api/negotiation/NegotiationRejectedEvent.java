package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;

public record NegotiationRejectedEvent(
        String negotiationId,
        String message,
        Actor actor) implements NegotiationEvent {
}
