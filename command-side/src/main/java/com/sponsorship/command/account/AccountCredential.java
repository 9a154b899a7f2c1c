package com.sponsorship.command.account;

import com.sponsorship.api.common.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row per account: its normalized email (unique) and bcrypt hash. Never part of an event. */
@Entity
@Table(name = "account_credentials")
public class AccountCredential {

    @Id
    @Column(name = "account_id")
    private String accountId;

    @Column(name = "email", nullable = false, unique = true)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Role role;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected AccountCredential() {
    }

    AccountCredential(String accountId, String email, String passwordHash, Role role) {
        this.accountId = accountId;
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = role;
        this.active = true;
    }

    void replacePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void deactivate() {
        this.active = false;
    }

    /** Nothing of the person stays: a placeholder email, no password hash that anything could match. */
    void erase(String placeholderEmail) {
        this.email = placeholderEmail;
        this.passwordHash = "";
        this.active = false;
    }

    public String getAccountId() {
        return accountId;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isActive() {
        return active;
    }
}
