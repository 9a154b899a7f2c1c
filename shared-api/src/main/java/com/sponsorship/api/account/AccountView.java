package com.sponsorship.api.account;

import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Industry;
import com.sponsorship.api.common.PersonalData;
import com.sponsorship.api.common.Role;
import java.time.Instant;

/** An account as the rest of the platform sees it (no credentials). */
public record AccountView(String id, Role role, String name, String email, Industry industry, Category category,
                          Long reach, boolean flagged, String flagReason, boolean removed,
                          Instant registeredAt) {

    /** Whether the person was erased: their e-mail reads as the placeholder made from their id. */
    public boolean erased() {
        return PersonalData.ERASED_EMAIL.replace("{id}", id).equals(email);
    }
}
