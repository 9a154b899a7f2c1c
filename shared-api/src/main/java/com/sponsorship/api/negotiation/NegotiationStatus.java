package com.sponsorship.api.negotiation;

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

    public boolean isConcluded() {
        return this == AGREED || this == REJECTED || this == WITHDRAWN || this == CANCELLED;
    }
}
