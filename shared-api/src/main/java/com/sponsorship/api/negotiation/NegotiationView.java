package com.sponsorship.api.negotiation;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An ad request and where its negotiation stands, with the names a page shows: the terms on the
 * table (or agreed) and, while an offer waits for its answer, when it expires.
 */
public record NegotiationView(String id, String campaignId, String campaignName, String sponsorId, String sponsorName,
                              String influencerId, String influencerName, NegotiationStatus status,
                              BigDecimal paymentAmount, String message, String requirements, Instant openedAt,
                              Instant updatedAt, Terms terms, Instant expiresAt) {
}
