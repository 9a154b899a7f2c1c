package com.sponsorship.api.account;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Industry;
import com.sponsorship.api.validation.DisplayName;
import com.sponsorship.api.validation.Identifier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record UpdateSponsorProfileCommand(
        @TargetAggregateIdentifier @NotBlank @Identifier String accountId,
        @NotNull @Valid Actor actor,
        @DisplayName String name,
        @NotNull(message = "Choose an industry from the list") Industry industry) {
}
