package com.sponsorship.api.campaign;

import com.sponsorship.api.common.Actor;
import org.axonframework.serialization.Revision;

/** {@code reason} is null in events stored before admins gave one. */
@Revision("1")
public record CampaignFlagClearedEvent(
        String campaignId,
        Actor actor,
        String reason) {
}
