package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;

public record AdRequestWithdrawnEvent(
        String negotiationId,
        Actor actor) implements NegotiationEvent {
}
