package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Role;

/** Where a negotiation stands; the last four are final. */
public enum NegotiationStatus {
    /** Published to any influencer; waiting for one to apply. */
    OPEN("Open"),
    AWAITING_INFLUENCER("Awaiting influencer"),
    AWAITING_SPONSOR("Awaiting sponsor"),
    AGREED("Agreed"),
    REJECTED("Rejected"),
    WITHDRAWN("Withdrawn"),
    CANCELLED("Cancelled");

    private final String label;

    NegotiationStatus(String label) {
        this.label = label;
    }

    /** How pages and charts name it; filters and the API keep the Java name. */
    public String label() {
        return label;
    }

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
