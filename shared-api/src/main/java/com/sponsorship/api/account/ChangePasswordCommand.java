package com.sponsorship.api.account;

import com.sponsorship.api.common.Rules;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.validation.Identifier;
import com.sponsorship.api.validation.PasswordLength;
import com.sponsorship.api.validation.StorableText;
import com.sponsorship.api.validation.StrongPassword;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The account holder replaces its password; only the new hash is stored, on the command side. */
public record ChangePasswordCommand(
        @TargetAggregateIdentifier @NotBlank(message = Rules.ID_REQUIRED) @Identifier String accountId,
        @NotNull(message = Rules.ACTOR_REQUIRED) @Valid Actor actor,
        @NotBlank(message = "Enter your current password") @PasswordLength @StorableText String currentPassword,
        @StrongPassword String newPassword) {

    @Override
    public String toString() {
        return "ChangePasswordCommand[accountId=" + accountId + "]";
    }
}
