package com.sponsorship.api.campaign;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Visibility;

public record CampaignVisibilityChangedEvent(
        String campaignId,
        Visibility visibility,
        Actor actor) {
}
