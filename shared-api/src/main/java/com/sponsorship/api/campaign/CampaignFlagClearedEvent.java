package com.sponsorship.api.campaign;

import com.sponsorship.api.common.Actor;

public record CampaignFlagClearedEvent(
        String campaignId,
        Actor actor) {
}
