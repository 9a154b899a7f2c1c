package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Labeled;

/** Where one deliverable of an agreed deal stands; pages show the label, the API the Java name. */
public enum DeliverableStatus implements Labeled {
    /** Nothing submitted yet. */
    PENDING("Pending", "has no draft yet"),
    /** A draft waits for the sponsor's review. */
    SUBMITTED("Draft submitted", "has a draft waiting for review"),
    /** The sponsor asked for changes: the influencer submits a new draft. */
    CHANGES_REQUESTED("Changes requested", "is waiting for a new draft after a change request"),
    /** The draft is approved: the influencer publishes it and adds the live link. */
    APPROVED("Approved", "is approved and waits for its live link"),
    LIVE("Live", "is already live");

    private final String label;
    private final String situation;

    DeliverableStatus(String label, String situation) {
        this.label = label;
        this.situation = situation;
    }

    /** Where a deliverable in this status stands, to finish "This deliverable …" in a refusal. */
    public String situation() {
        return situation;
    }

    @Override
    public String label() {
        return label;
    }
}
