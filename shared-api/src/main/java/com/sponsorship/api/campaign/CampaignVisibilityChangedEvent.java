package com.sponsorship.api.campaign;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Visibility;
import org.axonframework.serialization.Revision;

@Revision("1")
public record CampaignVisibilityChangedEvent(
        String campaignId,
        Visibility visibility,
        Actor actor) {
}
