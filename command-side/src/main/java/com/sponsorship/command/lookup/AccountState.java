package com.sponsorship.command.lookup;

import com.sponsorship.api.common.Role;

/** What other aggregates need to know about an account. */
public record AccountState(String accountId, Role role, boolean flagged, boolean removed) {
}
