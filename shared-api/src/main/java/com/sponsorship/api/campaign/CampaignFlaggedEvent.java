package com.sponsorship.api.campaign;

import com.sponsorship.api.common.Actor;

public record CampaignFlaggedEvent(
        String campaignId,
        String reason,
        Actor actor) {
}
