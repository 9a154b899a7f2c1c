package com.sponsorship.api.negotiation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A negotiation's complete story, oldest step first; empty when there is no such negotiation. */
public record NegotiationHistory(String negotiationId, List<NegotiationStep> steps) {

    /** The last step taken at or before {@code moment}: the negotiation's state as of then; empty before it began. */
    public Optional<NegotiationStep> asOf(Instant moment) {
        return steps.stream().filter(step -> !step.at().isAfter(moment)).reduce((earlier, later) -> later);
    }
}
