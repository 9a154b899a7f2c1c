package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Labeled;

/** Where one deliverable of an agreed deal stands; pages show the label, the API the Java name. */
public enum DeliverableStatus implements Labeled {
    /** Nothing submitted yet. */
    PENDING("Pending"),
    /** A draft waits for the sponsor's review. */
    SUBMITTED("Draft submitted"),
    /** The sponsor asked for changes: the influencer submits a new draft. */
    CHANGES_REQUESTED("Changes requested"),
    /** The draft is approved: the influencer publishes it and adds the live link. */
    APPROVED("Approved"),
    LIVE("Live");

    private final String label;

    DeliverableStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
