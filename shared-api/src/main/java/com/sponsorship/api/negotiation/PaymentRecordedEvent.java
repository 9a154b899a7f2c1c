package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The sponsor of an agreed deal recorded a payment to the influencer. */
@Revision("1")
public record PaymentRecordedEvent(
        String negotiationId,
        String paymentId,
        BigDecimal amount,
        LocalDate paidOn,
        PaymentMethod method,
        String reference,
        Actor actor) implements PaymentEvent {
}
