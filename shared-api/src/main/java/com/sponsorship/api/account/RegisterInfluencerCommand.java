package com.sponsorship.api.account;

import com.sponsorship.api.common.Rules;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.validation.AccountEmail;
import com.sponsorship.api.validation.DisplayName;
import com.sponsorship.api.validation.Identifier;
import com.sponsorship.api.validation.StrongPassword;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A creator signs up. The password is hashed on the command side and never leaves it. */
public record RegisterInfluencerCommand(
        @TargetAggregateIdentifier @NotBlank(message = Rules.ID_REQUIRED) @Identifier String accountId,
        @DisplayName String name,
        @AccountEmail String email,
        @StrongPassword String password,
        @NotNull(message = Rules.CATEGORY_REQUIRED) Category category,
        @NotNull(message = Rules.REACH_REQUIRED) @PositiveOrZero(message = Rules.REACH_NEGATIVE) Long reach) {

    @Override
    public String toString() {
        return "RegisterInfluencerCommand[accountId=" + accountId + ", name=" + name + ", category=" + category + "]";
    }
}
