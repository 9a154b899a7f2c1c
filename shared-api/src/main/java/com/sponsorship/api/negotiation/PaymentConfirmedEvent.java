package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import org.axonframework.serialization.Revision;

/** The influencer confirmed receiving a recorded payment. */
@Revision("1")
public record PaymentConfirmedEvent(
        String negotiationId,
        String paymentId,
        Actor actor) implements PaymentEvent {
}
