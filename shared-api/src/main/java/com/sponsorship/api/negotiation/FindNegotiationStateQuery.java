package com.sponsorship.api.negotiation;

/** Where one negotiation stands now, replayed from the event store from its first event; answered with a {@link NegotiationState}. */
public record FindNegotiationStateQuery(String negotiationId) {
}
