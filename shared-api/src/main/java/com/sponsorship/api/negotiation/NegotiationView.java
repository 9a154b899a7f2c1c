package com.sponsorship.api.negotiation;

import java.math.BigDecimal;
import java.time.Instant;

/** An ad request and where its negotiation stands, with the names a page shows. */
public record NegotiationView(String id, String campaignId, String campaignName, String sponsorId, String sponsorName,
                              String influencerId, String influencerName, NegotiationStatus status,
                              BigDecimal paymentAmount, String message, String requirements, Instant openedAt,
                              Instant updatedAt) {
}
