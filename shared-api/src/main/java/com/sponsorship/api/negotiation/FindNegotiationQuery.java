package com.sponsorship.api.negotiation;

public record FindNegotiationQuery(String negotiationId) {
}
