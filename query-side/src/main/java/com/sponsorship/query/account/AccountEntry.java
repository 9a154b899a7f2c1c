package com.sponsorship.query.account;

import com.sponsorship.api.account.AccountView;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Industry;
import com.sponsorship.api.common.PersonalData;
import com.sponsorship.api.common.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "account_view")
public class AccountEntry {

    @Id
    private String id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String email;
    @Enumerated(EnumType.STRING)
    private Industry industry;
    @Enumerated(EnumType.STRING)
    private Category category;
    private Long reach;
    @Column(nullable = false)
    private boolean flagged;
    @Column(name = "flag_reason")
    private String flagReason;
    @Column(nullable = false)
    private boolean removed;
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    protected AccountEntry() {
    }

    AccountEntry(String id, Role role, String name, String email, Instant registeredAt) {
        this.id = id;
        this.role = role;
        this.name = name;
        this.email = email;
        this.registeredAt = registeredAt;
    }

    AccountEntry withIndustry(Industry industry) {
        this.industry = industry;
        return this;
    }

    AccountEntry withAudience(Category category, long reach) {
        this.category = category;
        this.reach = reach;
        return this;
    }

    AccountEntry rename(String name) {
        this.name = name;
        return this;
    }

    void flag(String reason) {
        this.flagged = true;
        this.flagReason = reason;
    }

    void clearFlag() {
        this.flagged = false;
        this.flagReason = null;
    }

    void markRemoved() {
        this.removed = true;
    }

    /** What a replay would show once the person's key is gone: the erased name and e-mail. */
    void erase() {
        this.name = PersonalData.ERASED_NAME;
        this.email = PersonalData.ERASED_EMAIL.replace("{id}", id);
        this.removed = true;
    }

    public AccountView toView() {
        return new AccountView(id, role, name, email, industry, category, reach, flagged, flagReason, removed,
                registeredAt);
    }
}
