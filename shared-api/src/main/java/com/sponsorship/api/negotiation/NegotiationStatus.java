package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Role;

/** Where a negotiation stands; the last four are final. */
public enum NegotiationStatus {
    /** Published to any influencer; waiting for one to apply. */
    OPEN,
    AWAITING_INFLUENCER,
    AWAITING_SPONSOR,
    AGREED,
    REJECTED,
    WITHDRAWN,
    CANCELLED;

    /** A request addressed to an influencer waits for it; one without waits for any influencer to apply. */
    public static NegotiationStatus opened(String influencerId) {
        return influencerId == null ? OPEN : AWAITING_INFLUENCER;
    }

    /** After one side makes an offer, it is the other side's turn. */
    public static NegotiationStatus offeredBy(Role side) {
        return side == Role.INFLUENCER ? AWAITING_SPONSOR : AWAITING_INFLUENCER;
    }

    public boolean isConcluded() {
        return this == AGREED || this == REJECTED || this == WITHDRAWN || this == CANCELLED;
    }
}
