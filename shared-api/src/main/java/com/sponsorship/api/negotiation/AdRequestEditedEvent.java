package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

@Revision("1")
public record AdRequestEditedEvent(
        String negotiationId,
        String message,
        String requirements,
        BigDecimal paymentAmount,
        Actor actor) implements NegotiationEvent {
}
