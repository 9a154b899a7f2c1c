package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.validation.Identifier;
import com.sponsorship.api.validation.LongText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RejectOfferCommand(
        @TargetAggregateIdentifier @NotBlank @Identifier String negotiationId,
        @NotNull @Valid Actor actor,
        @LongText String message) {
}
