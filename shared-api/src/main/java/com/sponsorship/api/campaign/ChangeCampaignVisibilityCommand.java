package com.sponsorship.api.campaign;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Visibility;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeCampaignVisibilityCommand(
        @TargetAggregateIdentifier @NotBlank String campaignId,
        @NotNull @Valid Actor actor,
        @NotNull(message = "Choose Public or Private") Visibility visibility) {
}
