package com.sponsorship.api.admin;

/**
 * What an admin did, as the admin-actions log names it: a stable code (the API and the CSV show
 * {@link #name()}). The actions whose reason is optional have the reason recorded when none is given.
 */
public enum AdminAction {
    FLAG_ACCOUNT,
    CLEAR_ACCOUNT_FLAG("The flag no longer applies"),
    REMOVE_ACCOUNT("Removed by an admin"),
    ERASE_ACCOUNT("Erased at the person's request"),
    FLAG_CAMPAIGN,
    CLEAR_CAMPAIGN_FLAG("The flag no longer applies"),
    CLOSE_CAMPAIGN,
    CREATE_AUDITOR,
    REBUILD("Read model rebuilt by an admin"),
    RETRY_DEAD_LETTERS("Parked events handled again by an admin"),
    ENCRYPT_PERSONAL_DATA("Personal data stored in plain text encrypted in place, once"),
    CANCEL_NEGOTIATION,
    END_DISPUTED_DEAL;

    private final String defaultReason;

    AdminAction() {
        this(null);
    }

    AdminAction(String defaultReason) {
        this.defaultReason = defaultReason;
    }

    /** The reason given, trimmed, or this action's default (null for actions whose reason is required) when none was given. */
    public String reasonOr(String given) {
        return given == null || given.isBlank() ? defaultReason : given.trim();
    }

    /**
     * Upkeep of the platform rather than a change to an account, campaign or negotiation: only these
     * are recorded by {@link AdminActionRecordedEvent}; the others are their aggregates' own events.
     */
    public boolean upkeep() {
        return this == REBUILD || this == RETRY_DEAD_LETTERS || this == ENCRYPT_PERSONAL_DATA;
    }
}
