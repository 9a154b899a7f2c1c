package com.sponsorship.api.account;

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
        @TargetAggregateIdentifier @NotBlank @Identifier String accountId,
        @NotNull @Valid Actor actor,
        @DisplayName String name,
        @NotNull(message = "Choose a category from the list") Category category,
        @NotNull(message = "Reach is required") @PositiveOrZero(message = "Reach must be a whole number of followers, 0 or more") Long reach) {
}
