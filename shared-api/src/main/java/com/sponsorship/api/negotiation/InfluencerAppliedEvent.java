package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import java.math.BigDecimal;

public record InfluencerAppliedEvent(
        String negotiationId,
        String influencerId,
        BigDecimal paymentAmount,
        String message,
        Actor actor) implements NegotiationEvent {
}
