package com.sponsorship.api.campaign;

import com.sponsorship.api.common.Actor;
import java.math.BigDecimal;

public record CampaignCreatedEvent(String campaignId, String sponsorId, CampaignDetails details, BigDecimal budget,
                                   Actor actor) {
}
