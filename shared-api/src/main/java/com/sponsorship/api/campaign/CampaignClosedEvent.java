package com.sponsorship.api.campaign;

import com.sponsorship.api.common.Actor;

/** The campaign takes no new requests; every open negotiation on it is cancelled. */
public record CampaignClosedEvent(
        String campaignId,
        String sponsorId,
        CloseReason reason,
        Actor actor) {
}
