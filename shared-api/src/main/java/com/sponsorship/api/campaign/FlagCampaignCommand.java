package com.sponsorship.api.campaign;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Rules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record FlagCampaignCommand(
        @TargetAggregateIdentifier @NotBlank String campaignId,
        @NotNull @Valid Actor actor,
        @NotBlank(message = "Give a reason") @Size(max = Rules.TEXT_MAX, message = "must be at most 250 characters") String reason) {
}
