package com.sponsorship.api.account;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.validation.Identifier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ClearAccountFlagCommand(
        @TargetAggregateIdentifier @NotBlank @Identifier String accountId,
        @NotNull @Valid Actor actor) {
}
