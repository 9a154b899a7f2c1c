package com.sponsorship.api.negotiation;

import java.time.LocalDate;

/**
 * What a negotiation search narrows by; each filter that is null or blank is ignored. The campaign
 * matches its id or part of its name, sponsor and influencer match part of the name (any case), and
 * the dates are the first and last day (UTC, both included) on which the negotiation was opened.
 */
public record NegotiationFilters(String campaign, String sponsorName, String influencerName,
                                 NegotiationStatus status, LocalDate openedFrom, LocalDate openedTo) {

    public static final NegotiationFilters NONE = new NegotiationFilters(null, null, null, null, null, null);

    public static NegotiationFilters withStatus(NegotiationStatus status) {
        return new NegotiationFilters(null, null, null, status, null, null);
    }
}
