package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.PageRequest;

/**
 * Negotiations, most recently changed first, narrowed by every filter that is not null: the
 * caller's scope (a sponsor's, an influencer's, a campaign's) and optionally a status.
 */
public record FindNegotiationsQuery(String sponsorId, String influencerId, String campaignId,
                                    NegotiationStatus status, PageRequest page) {
}
