package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Rules;
import com.sponsorship.api.validation.Identifier;
import com.sponsorship.api.validation.LongText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A party of an agreed deal proposes cancelling it, saying why. */
public record ProposeCancellationCommand(
        @TargetAggregateIdentifier @NotBlank(message = Rules.ID_REQUIRED) @Identifier String negotiationId,
        @NotNull(message = Rules.ACTOR_REQUIRED) @Valid Actor actor,
        @NotBlank(message = Rules.REASON_REQUIRED) @LongText String reason) {
}
