package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.PageRequest;

/**
 * Negotiations within the caller's scope (a sponsor's, an influencer's, a campaign's: each id that
 * is not null narrows it) and then by the search filters; most recently changed first, or most
 * recently opened first when the filters give a date range.
 */
public record FindNegotiationsQuery(String sponsorId, String influencerId, String campaignId,
                                    NegotiationFilters filters, PageRequest page) {
}
