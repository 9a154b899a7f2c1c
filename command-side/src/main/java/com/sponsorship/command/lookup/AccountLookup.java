package com.sponsorship.command.lookup;

import com.sponsorship.api.common.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "account_lookup")
class AccountLookup {

    @Id
    @Column(name = "account_id")
    private String accountId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;
    @Column(nullable = false)
    private boolean flagged;
    @Column(nullable = false)
    private boolean removed;

    protected AccountLookup() {
    }

    AccountLookup(String accountId, Role role) {
        this.accountId = accountId;
        this.role = role;
    }

    void setFlagged(boolean flagged) {
        this.flagged = flagged;
    }

    void markRemoved() {
        this.removed = true;
    }

    AccountState toState() {
        return new AccountState(accountId, role, flagged, removed);
    }
}
