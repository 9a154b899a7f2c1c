package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends a negotiation that can no longer succeed (its campaign closed, a party was removed). */
public record CancelNegotiationCommand(
        @TargetAggregateIdentifier @NotBlank String negotiationId,
        @NotNull @Valid Actor actor,
        @NotBlank String reason) {
}
