package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WithdrawAdRequestCommand(
        @TargetAggregateIdentifier @NotBlank String negotiationId,
        @NotNull @Valid Actor actor) {
}
