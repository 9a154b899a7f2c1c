package com.sponsorship.api.common;

import com.sponsorship.api.validation.Identifier;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Who performs a command; every event records it so that a stream alone tells who did what. */
public record Actor(@NotBlank(message = Rules.ID_REQUIRED) @Identifier String accountId, @NotNull(message = Rules.ROLE_REQUIRED) Role role) {

    /** The platform acting on its own: a deadline passed, or a policy followed up on another event. */
    public static final Actor SYSTEM = new Actor("system", Role.SYSTEM);

    public boolean is(Role expected) {
        return role == expected;
    }
}
