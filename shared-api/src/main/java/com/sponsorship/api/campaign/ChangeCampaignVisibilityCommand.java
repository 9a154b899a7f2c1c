package com.sponsorship.api.campaign;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Visibility;
import com.sponsorship.api.validation.Identifier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeCampaignVisibilityCommand(
        @TargetAggregateIdentifier @NotBlank @Identifier String campaignId,
        @NotNull @Valid Actor actor,
        @NotNull(message = "Choose Public or Private") Visibility visibility) {
}
