package com.sponsorship.api.admin;

/**
 * What an admin did, as the admin-actions log names it: a stable code (the API and the CSV show
 * {@link #name()}). Each has the reason recorded when the admin gives none.
 */
public enum AdminAction {
    FLAG_ACCOUNT("Flagged by an admin"),
    CLEAR_ACCOUNT_FLAG("The flag no longer applies"),
    REMOVE_ACCOUNT("Removed by an admin"),
    ERASE_ACCOUNT("Erased at the person's request"),
    FLAG_CAMPAIGN("Flagged by an admin"),
    CLEAR_CAMPAIGN_FLAG("The flag no longer applies"),
    CLOSE_CAMPAIGN("Closed by an admin"),
    CREATE_AUDITOR("An auditor needs access"),
    REBUILD("Read model rebuilt by an admin"),
    RETRY_DEAD_LETTERS("Parked events handled again by an admin"),
    CANCEL_NEGOTIATION("Cancelled by an admin"),
    END_DISPUTED_DEAL("Disputed deal ended by an admin");

    private final String defaultReason;

    AdminAction(String defaultReason) {
        this.defaultReason = defaultReason;
    }

    /** The reason given, trimmed, or this action's default when none was given. */
    public String reasonOr(String given) {
        return given == null || given.isBlank() ? defaultReason : given.trim();
    }

    /**
     * Upkeep of the platform rather than a change to an account, campaign or negotiation: only these
     * are recorded by {@link AdminActionRecordedEvent}; the others are their aggregates' own events.
     */
    public boolean upkeep() {
        return this == REBUILD || this == RETRY_DEAD_LETTERS;
    }
}
