package com.sponsorship.api.account;

import com.sponsorship.api.common.Rules;
import com.sponsorship.api.validation.AccountEmail;
import com.sponsorship.api.validation.DisplayName;
import com.sponsorship.api.validation.Identifier;
import com.sponsorship.api.validation.StrongPassword;
import jakarta.validation.constraints.NotBlank;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates the platform's administrator from configuration at first start. */
public record RegisterAdminCommand(
        @TargetAggregateIdentifier @NotBlank(message = Rules.ID_REQUIRED) @Identifier String accountId,
        @DisplayName String name,
        @AccountEmail String email,
        @StrongPassword String password) {

    @Override
    public String toString() {
        return "RegisterAdminCommand[accountId=" + accountId + ", name=" + name + "]";
    }
}
