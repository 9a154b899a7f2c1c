package com.sponsorship.api.admin;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Rules;
import com.sponsorship.api.validation.Identifier;
import com.sponsorship.api.validation.LongText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An admin records an upkeep action (a rebuild, a dead-letter retry) in their own account's stream;
 * {@code targetId} is the read model's name, or null for all of them. A blank reason gets the action's default.
 */
public record RecordAdminActionCommand(
        @TargetAggregateIdentifier @NotBlank(message = Rules.ID_REQUIRED) @Identifier String accountId,
        @NotNull(message = Rules.ACTOR_REQUIRED) @Valid Actor actor,
        @NotNull(message = Rules.ACTION_REQUIRED) AdminAction action,
        @Identifier String targetId,
        @LongText String reason) {
}
