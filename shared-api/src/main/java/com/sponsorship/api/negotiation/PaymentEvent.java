package com.sponsorship.api.negotiation;

/** Something that happened to one payment of an agreed deal; it leaves the negotiation's status as it was. */
public sealed interface PaymentEvent extends NegotiationEvent
        permits PaymentRecordedEvent, PaymentConfirmedEvent, PaymentDisputedEvent {

    String paymentId();
}
