package com.sponsorship.api.campaign;

/** Why a campaign stopped taking requests. */
public enum CloseReason {
    BY_SPONSOR("Closed by its sponsor"),
    BY_ADMIN("Closed by an admin"),
    ENDED("Its end date passed"),
    SPONSOR_REMOVED("Its sponsor was removed");

    private final String description;

    CloseReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /**
     * Why a negotiation is cancelled when its campaign closes for this reason: the words of the
     * cascade policy, which the demo data generator records too when it plays that cascade itself.
     */
    public String negotiationCancellationReason() {
        return "Campaign closed: " + description.toLowerCase();
    }
}
