package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import java.math.BigDecimal;

public record AdRequestOpenedEvent(
        String negotiationId,
        String campaignId,
        String sponsorId,
        String influencerId,
        String message,
        String requirements,
        BigDecimal paymentAmount,
        Actor actor) implements NegotiationEvent {
}
