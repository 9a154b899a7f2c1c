package com.sponsorship.api.campaign;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.validation.Identifier;
import com.sponsorship.api.validation.LongText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record FlagCampaignCommand(
        @TargetAggregateIdentifier @NotBlank @Identifier String campaignId,
        @NotNull @Valid Actor actor,
        @NotBlank(message = "Give a reason") @LongText String reason) {
}
