package com.sponsorship.api.account;

import com.sponsorship.api.common.Rules;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.validation.AccountEmail;
import com.sponsorship.api.validation.DisplayName;
import com.sponsorship.api.validation.Identifier;
import com.sponsorship.api.validation.StrongPassword;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An admin creates a read-only auditor account. */
public record RegisterAuditorCommand(
        @TargetAggregateIdentifier @NotBlank(message = Rules.ID_REQUIRED) @Identifier String accountId,
        @NotNull(message = Rules.ACTOR_REQUIRED) @Valid Actor actor,
        @DisplayName String name,
        @AccountEmail String email,
        @StrongPassword String password) {

    @Override
    public String toString() {
        return "RegisterAuditorCommand[accountId=" + accountId + ", name=" + name + "]";
    }
}
