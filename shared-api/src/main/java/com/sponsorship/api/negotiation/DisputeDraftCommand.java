package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Rules;
import com.sponsorship.api.validation.Identifier;
import com.sponsorship.api.validation.LongText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The sponsor disputes the draft of a deliverable under review after the last change round, saying why. */
public record DisputeDraftCommand(
        @TargetAggregateIdentifier @NotBlank(message = Rules.ID_REQUIRED) @Identifier String negotiationId,
        @NotNull(message = Rules.ACTOR_REQUIRED) @Valid Actor actor,
        @NotNull(message = Rules.DELIVERABLE_NUMBER_REQUIRED) @Min(value = 1, message = Rules.DELIVERABLE_NUMBER_REQUIRED) Integer number,
        @NotBlank(message = Rules.REASON_REQUIRED) @LongText String reason) {
}
