package com.sponsorship.api.campaign;

import com.sponsorship.api.common.Actor;
import org.axonframework.serialization.Revision;

@Revision("1")
public record CampaignFlagClearedEvent(
        String campaignId,
        Actor actor) {
}
