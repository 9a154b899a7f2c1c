package com.sponsorship.api.negotiation;

/** Every step of one negotiation, replayed from the event store from its first event. */
public record FindNegotiationHistoryQuery(String negotiationId) {
}
