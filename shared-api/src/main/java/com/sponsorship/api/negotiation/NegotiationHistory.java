package com.sponsorship.api.negotiation;

import java.util.List;

/** A negotiation's complete story, oldest step first; empty when there is no such negotiation. */
public record NegotiationHistory(String negotiationId, List<NegotiationStep> steps) {
}
