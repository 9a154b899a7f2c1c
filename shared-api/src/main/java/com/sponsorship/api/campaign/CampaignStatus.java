package com.sponsorship.api.campaign;

public enum CampaignStatus {
    OPEN("Open"),
    CLOSED("Closed");

    private final String label;

    CampaignStatus(String label) {
        this.label = label;
    }

    /** How pages name it; the API keeps the Java name. */
    public String label() {
        return label;
    }
}
