package com.sponsorship.api.campaign;

import com.sponsorship.api.common.Rules;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.validation.Identifier;
import com.sponsorship.api.validation.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The campaign's edit form as one decision: its details and its budget are checked together and
 * either both applied or, on any refusal, neither.
 */
public record UpdateCampaignCommand(
        @TargetAggregateIdentifier @NotBlank(message = Rules.ID_REQUIRED) @Identifier String campaignId,
        @NotNull(message = Rules.ACTOR_REQUIRED) @Valid Actor actor,
        @NotNull(message = Rules.DETAILS_REQUIRED) @Valid CampaignDetails details,
        @Money BigDecimal budget) {
}
