package com.sponsorship.api.negotiation;

/** Where a negotiation stands; the last five are final. */
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
    EXPIRED("Expired");

    private final String label;

    NegotiationStatus(String label) {
        this.label = label;
    }

    /** How pages and charts name it; filters and the API keep the Java name. */
    public String label() {
        return label;
    }

    public boolean isConcluded() {
        return this == AGREED || this == REJECTED || this == WITHDRAWN || this == CANCELLED || this == EXPIRED;
    }
}
