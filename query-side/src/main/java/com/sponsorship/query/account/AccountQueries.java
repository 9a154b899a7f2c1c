package com.sponsorship.query.account;

import com.sponsorship.api.account.AccountPage;
import com.sponsorship.api.account.FindAccountsQuery;
import com.sponsorship.api.account.SearchInfluencersQuery;
import com.sponsorship.query.Pages;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** The influencer directory sponsors search, and the admin's list of accounts. */
@Component
public class AccountQueries {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("registeredAt"), Sort.Order.asc("id"));

    private final AccountEntryRepository accounts;

    public AccountQueries(AccountEntryRepository accounts) {
        this.accounts = accounts;
    }

    /** Flagged and removed influencers are not offered to sponsors. */
    @QueryHandler
    public AccountPage handle(SearchInfluencersQuery query) {
        Sort byReach = Sort.by(query.reachAscending() ? Sort.Order.asc("reach") : Sort.Order.desc("reach"),
                Sort.Order.asc("id"));
        Page<AccountEntry> page = accounts.searchInfluencers(Pages.containsPattern(query.text()), query.category(),
                Pages.pageable(query.page(), byReach));
        return new AccountPage(page.map(AccountEntry::toView).getContent(), Pages.info(page));
    }

    @QueryHandler
    public AccountPage handle(FindAccountsQuery query) {
        Page<AccountEntry> page = query.role() == null
                ? accounts.findAll(Pages.pageable(query.page(), NEWEST_FIRST))
                : accounts.findByRole(query.role(), Pages.pageable(query.page(), NEWEST_FIRST));
        return new AccountPage(page.map(AccountEntry::toView).getContent(), Pages.info(page));
    }
}
