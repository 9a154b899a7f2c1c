package com.sponsorship.api.account;

import com.sponsorship.api.common.Rules;
import com.sponsorship.api.common.Industry;
import com.sponsorship.api.validation.AccountEmail;
import com.sponsorship.api.validation.DisplayName;
import com.sponsorship.api.validation.Identifier;
import com.sponsorship.api.validation.StrongPassword;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A brand signs up. The password is hashed on the command side and never leaves it. */
public record RegisterSponsorCommand(
        @TargetAggregateIdentifier @NotBlank(message = Rules.ID_REQUIRED) @Identifier String accountId,
        @DisplayName String name,
        @AccountEmail String email,
        @StrongPassword String password,
        @NotNull(message = Rules.INDUSTRY_REQUIRED) Industry industry) {

    @Override
    public String toString() {
        return "RegisterSponsorCommand[accountId=" + accountId + ", name=" + name + ", industry=" + industry + "]";
    }
}
