package com.sponsorship.query.account;

import com.sponsorship.api.account.AccountFlagClearedEvent;
import com.sponsorship.api.account.AccountPage;
import com.sponsorship.api.account.AccountFlaggedEvent;
import com.sponsorship.api.account.AccountErasedEvent;
import com.sponsorship.api.account.AccountRemovedEvent;
import com.sponsorship.api.account.AccountView;
import com.sponsorship.api.account.AdminRegisteredEvent;
import com.sponsorship.api.account.AuditorRegisteredEvent;
import com.sponsorship.api.account.FindAccountQuery;
import com.sponsorship.api.account.FindAccountsQuery;
import com.sponsorship.api.account.InfluencerProfileUpdatedEvent;
import com.sponsorship.api.account.InfluencerRegisteredEvent;
import com.sponsorship.api.account.SearchInfluencersQuery;
import com.sponsorship.api.account.SponsorProfileUpdatedEvent;
import com.sponsorship.api.account.SponsorRegisteredEvent;
import com.sponsorship.api.common.Role;
import com.sponsorship.query.Pages;
import com.sponsorship.query.ProjectionRows;
import com.sponsorship.query.ReadModelCounts;
import com.sponsorship.query.SearchFilters;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The accounts read model: profile and moderation state, never credentials; the influencer
 * directory sponsors search and the admin's list of accounts.
 */
@Component
@ProcessingGroup(AccountProjection.PROCESSING_GROUP)
public class AccountProjection {

    public static final String PROCESSING_GROUP = "accounts";
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("registeredAt"), Sort.Order.asc("id"));

    private final AccountEntryRepository accounts;
    private final ProjectionRows<AccountEntry> rows;
    private final ReadModelCounts counts;

    public AccountProjection(AccountEntryRepository accounts, EntityManager entityManager, ReadModelCounts counts) {
        this.accounts = accounts;
        this.rows = new ProjectionRows<>(accounts, entityManager, "Account");
        this.counts = counts;
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

    @EventHandler
    void on(AccountErasedEvent event) {
        rows.update(event.accountId(), AccountEntry::erase);
    }

    @QueryHandler
    public Optional<AccountView> handle(FindAccountQuery query) {
        return accounts.findById(query.accountId()).map(AccountEntry::toView);
    }

    /** Flagged and removed influencers are not offered to sponsors. */
    @QueryHandler
    public AccountPage handle(SearchInfluencersQuery query) {
        SearchFilters<AccountEntry> search = influencers(query);
        List<AccountView> rows = search.page(accounts, query.page(), Pages.by("reach", query.reachAscending()))
                .stream().map(AccountEntry::toView).toList();
        return new AccountPage(rows, Pages.info(query.page(), search.total(accounts, counts)));
    }

    static SearchFilters<AccountEntry> influencers(SearchInfluencersQuery query) {
        return new SearchFilters<AccountEntry>("influencers")
                .always((account, q, where) -> where.and(where.equal(account.get("role"), Role.INFLUENCER),
                        where.isFalse(account.get("flagged")), where.isFalse(account.get("removed"))))
                .nameAndCategory(query.text(), query.category());
    }

    @QueryHandler
    public AccountPage handle(FindAccountsQuery query) {
        Page<AccountEntry> page = query.role() == null
                ? accounts.findAll(Pages.pageable(query.page(), NEWEST_FIRST))
                : accounts.findByRole(query.role(), Pages.pageable(query.page(), NEWEST_FIRST));
        return new AccountPage(page.map(AccountEntry::toView).getContent(), Pages.info(page));
    }
}
