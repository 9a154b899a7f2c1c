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
}
