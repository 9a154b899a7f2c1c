package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import org.axonframework.serialization.Revision;

/** The influencer disputed a recorded payment: it no longer counts as paid, so that much is outstanding again. */
@Revision("1")
public record PaymentDisputedEvent(
        String negotiationId,
        String paymentId,
        String reason,
        Actor actor) implements PaymentEvent {
}
