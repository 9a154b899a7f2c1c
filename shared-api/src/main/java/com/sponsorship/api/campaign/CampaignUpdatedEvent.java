package com.sponsorship.api.campaign;

import com.sponsorship.api.common.Actor;

public record CampaignUpdatedEvent(
        String campaignId,
        CampaignDetails details,
        Actor actor) {
}
