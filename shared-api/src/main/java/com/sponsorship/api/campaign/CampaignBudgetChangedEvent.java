package com.sponsorship.api.campaign;

import com.sponsorship.api.common.Actor;
import java.math.BigDecimal;

public record CampaignBudgetChangedEvent(
        String campaignId,
        BigDecimal budget,
        Actor actor) {
}
