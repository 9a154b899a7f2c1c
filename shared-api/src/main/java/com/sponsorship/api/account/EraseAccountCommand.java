package com.sponsorship.api.account;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Rules;
import com.sponsorship.api.validation.Identifier;
import com.sponsorship.api.validation.LongText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A person's account is erased (GDPR Art. 17), by an admin on request or by the person: their
 * personal data in every event becomes unreadable and the account is removed; amounts and dates stay.
 */
public record EraseAccountCommand(
        @TargetAggregateIdentifier @NotBlank(message = Rules.ID_REQUIRED) @Identifier String accountId,
        @NotNull(message = Rules.ACTOR_REQUIRED) @Valid Actor actor,
        @NotBlank(message = Rules.REASON_REQUIRED) @LongText String reason) {
}
