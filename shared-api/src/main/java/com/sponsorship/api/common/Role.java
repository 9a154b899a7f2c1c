package com.sponsorship.api.common;

/** What an account is allowed to do on the platform; SYSTEM is the platform itself (deadlines, policies). */
public enum Role {
    SPONSOR("Sponsor"),
    INFLUENCER("Influencer"),
    ADMIN("Admin"),
    AUDITOR("Auditor"),
    SYSTEM("Platform");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** How pages name it; the API and stored credentials keep the Java name. */
    public String label() {
        return label;
    }
}
