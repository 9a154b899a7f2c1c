package com.sponsorship.api.negotiation;

/**
 * Where a negotiation stands; from AGREED on it is concluded (no more offers). An agreed deal is
 * AGREED while its deliverables are produced and COMPLETED once every one is live; payments go on in both.
 */
public enum NegotiationStatus {
    /** Published to any influencer; waiting for one to apply. */
    OPEN("Open"),
    AWAITING_INFLUENCER("Awaiting influencer"),
    AWAITING_SPONSOR("Awaiting sponsor"),
    AGREED("Agreed"),
    REJECTED("Rejected"),
    WITHDRAWN("Withdrawn"),
    CANCELLED("Cancelled"),
    /** The offer on the table was not answered in time. */
    EXPIRED("Expired"),
    /** Agreed, and every deliverable is live. */
    COMPLETED("Completed");

    private final String label;

    NegotiationStatus(String label) {
        this.label = label;
    }

    /** How pages and charts name it; filters and the API keep the Java name. */
    public String label() {
        return label;
    }

    public boolean isConcluded() {
        return this == AGREED || this == REJECTED || this == WITHDRAWN || this == CANCELLED || this == EXPIRED
                || this == COMPLETED;
    }

    /** An agreed deal, its deliverables in progress or all live: the amount is committed and payments go on. */
    public boolean isDeal() {
        return this == AGREED || this == COMPLETED;
    }
}
