package com.sponsorship.api.account;

import com.sponsorship.api.common.Role;

/** What signing in needs to know about an account. The hash never appears in toString (logs). */
public record LoginAccount(String accountId, String email, String passwordHash, Role role, boolean active) {

    @Override
    public String toString() {
        return "LoginAccount[accountId=" + accountId + ", role=" + role + ", active=" + active + "]";
    }
}
