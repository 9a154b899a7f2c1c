package com.sponsorship.api.campaign;

import com.sponsorship.api.common.Actor;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

@Revision("1")
public record CampaignCreatedEvent(String campaignId, String sponsorId, CampaignDetails details, BigDecimal budget,
                                   Actor actor) {
}
