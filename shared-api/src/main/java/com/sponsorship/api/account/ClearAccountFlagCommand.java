package com.sponsorship.api.account;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Rules;
import com.sponsorship.api.validation.Identifier;
import com.sponsorship.api.validation.LongText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An admin clears an account's flag; a blank reason is recorded as the action's default. */
public record ClearAccountFlagCommand(
        @TargetAggregateIdentifier @NotBlank(message = Rules.ID_REQUIRED) @Identifier String accountId,
        @NotNull(message = Rules.ACTOR_REQUIRED) @Valid Actor actor,
        @LongText String reason) {
}
