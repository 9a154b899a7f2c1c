package com.sponsorship.api.negotiation;

/** A payment as the sponsor recorded it, then as the influencer answered it. */
public enum PaymentStatus {
    /** Recorded by the sponsor; the influencer has not answered yet. */
    RECORDED("Recorded"),
    /** The influencer confirmed receipt. */
    CONFIRMED("Confirmed"),
    /** The influencer says it did not arrive (as recorded); it no longer counts as paid. */
    DISPUTED("Disputed");

    private final String label;

    PaymentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the payment counts towards what was paid: every one the influencer has not disputed. */
    public boolean counts() {
        return this != DISPUTED;
    }
}
