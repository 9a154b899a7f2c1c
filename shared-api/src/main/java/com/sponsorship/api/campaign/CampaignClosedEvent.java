package com.sponsorship.api.campaign;

import com.sponsorship.api.common.Actor;
import org.axonframework.serialization.Revision;

/** The campaign takes no new requests; every open negotiation on it is cancelled. */
@Revision("1")
public record CampaignClosedEvent(
        String campaignId,
        String sponsorId,
        CloseReason reason,
        Actor actor) {
}
