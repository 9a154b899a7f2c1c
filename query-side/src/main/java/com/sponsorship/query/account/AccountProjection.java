package com.sponsorship.query.account;

import com.sponsorship.api.account.AccountFlagClearedEvent;
import com.sponsorship.api.account.AccountFlaggedEvent;
import com.sponsorship.api.account.AccountRemovedEvent;
import com.sponsorship.api.account.AccountView;
import com.sponsorship.api.account.AdminRegisteredEvent;
import com.sponsorship.api.account.AuditorRegisteredEvent;
import com.sponsorship.api.account.FindAccountQuery;
import com.sponsorship.api.account.InfluencerProfileUpdatedEvent;
import com.sponsorship.api.account.InfluencerRegisteredEvent;
import com.sponsorship.api.account.SponsorProfileUpdatedEvent;
import com.sponsorship.api.account.SponsorRegisteredEvent;
import com.sponsorship.api.common.Role;
import com.sponsorship.query.ProjectionRows;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** The accounts read model: profile and moderation state, never credentials. */
@Component
@ProcessingGroup(AccountProjection.PROCESSING_GROUP)
public class AccountProjection {

    public static final String PROCESSING_GROUP = "accounts";

    private final AccountEntryRepository accounts;
    private final ProjectionRows<AccountEntry> rows;

    public AccountProjection(AccountEntryRepository accounts, EntityManager entityManager) {
        this.accounts = accounts;
        this.rows = new ProjectionRows<>(accounts, entityManager, "Account");
    }

    @EventHandler
    void on(SponsorRegisteredEvent event, @Timestamp Instant occurredAt) {
        rows.insert(new AccountEntry(event.accountId(), Role.SPONSOR, event.name(), event.email(), occurredAt)
                .withIndustry(event.industry()));
    }

    @EventHandler
    void on(InfluencerRegisteredEvent event, @Timestamp Instant occurredAt) {
        rows.insert(new AccountEntry(event.accountId(), Role.INFLUENCER, event.name(), event.email(), occurredAt)
                .withAudience(event.category(), event.reach()));
    }

    @EventHandler
    void on(AdminRegisteredEvent event, @Timestamp Instant occurredAt) {
        rows.insert(new AccountEntry(event.accountId(), Role.ADMIN, event.name(), event.email(), occurredAt));
    }

    @EventHandler
    void on(AuditorRegisteredEvent event, @Timestamp Instant occurredAt) {
        rows.insert(new AccountEntry(event.accountId(), Role.AUDITOR, event.name(), event.email(), occurredAt));
    }

    @EventHandler
    void on(SponsorProfileUpdatedEvent event) {
        rows.update(event.accountId(), account -> account.rename(event.name()).withIndustry(event.industry()));
    }

    @EventHandler
    void on(InfluencerProfileUpdatedEvent event) {
        rows.update(event.accountId(), account -> account.rename(event.name()).withAudience(event.category(), event.reach()));
    }

    @EventHandler
    void on(AccountFlaggedEvent event) {
        rows.update(event.accountId(), account -> account.flag(event.reason()));
    }

    @EventHandler
    void on(AccountFlagClearedEvent event) {
        rows.update(event.accountId(), AccountEntry::clearFlag);
    }

    @EventHandler
    void on(AccountRemovedEvent event) {
        rows.update(event.accountId(), AccountEntry::markRemoved);
    }

    @QueryHandler
    public Optional<AccountView> handle(FindAccountQuery query) {
        return accounts.findById(query.accountId()).map(AccountEntry::toView);
    }
}
