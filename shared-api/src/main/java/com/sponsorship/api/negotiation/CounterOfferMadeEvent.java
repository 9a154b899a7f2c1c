package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import java.math.BigDecimal;

public record CounterOfferMadeEvent(
        String negotiationId,
        BigDecimal paymentAmount,
        String message,
        Actor actor) implements NegotiationEvent {
}
