package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import java.math.BigDecimal;

public record NegotiationAgreedEvent(
        String negotiationId,
        String campaignId,
        String sponsorId,
        String influencerId,
        BigDecimal paymentAmount,
        Actor actor) implements NegotiationEvent {
}
