package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;

public record NegotiationCancelledEvent(
        String negotiationId,
        String reason,
        Actor actor) implements NegotiationEvent {
}
