package com.sponsorship.api.account;

import com.sponsorship.api.common.Rules;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.validation.DisplayName;
import com.sponsorship.api.validation.Identifier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record UpdateInfluencerProfileCommand(
        @TargetAggregateIdentifier @NotBlank(message = Rules.ID_REQUIRED) @Identifier String accountId,
        @NotNull(message = Rules.ACTOR_REQUIRED) @Valid Actor actor,
        @DisplayName String name,
        @NotNull(message = Rules.CATEGORY_REQUIRED) Category category,
        @NotNull(message = Rules.REACH_REQUIRED) @PositiveOrZero(message = Rules.REACH_NEGATIVE) Long reach) {
}
