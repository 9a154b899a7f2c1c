package com.sponsorship.query.account;

import com.sponsorship.api.account.AccountPage;
import com.sponsorship.api.account.FindAccountsQuery;
import com.sponsorship.api.account.SearchInfluencersQuery;
import com.sponsorship.query.Pages;
import com.sponsorship.query.ReadModelCounts;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** The influencer directory sponsors search, and the admin's list of accounts. */
@Component
public class AccountQueries {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("registeredAt"), Sort.Order.asc("id"));

    private final AccountEntryRepository accounts;
    private final ReadModelCounts counts;

    public AccountQueries(AccountEntryRepository accounts, ReadModelCounts counts) {
        this.accounts = accounts;
        this.counts = counts;
    }

    /** Flagged and removed influencers are not offered to sponsors. */
    @QueryHandler
    public AccountPage handle(SearchInfluencersQuery query) {
        Sort byReach = Sort.by(query.reachAscending() ? Sort.Order.asc("reach") : Sort.Order.desc("reach"),
                Sort.Order.asc("id"));
        String namePattern = Pages.containsPattern(query.text());
        List<AccountEntry> rows = accounts.searchInfluencers(namePattern, query.category(),
                Pages.pageable(query.page(), byReach));
        long total = counts.count(AccountEntryRepository.COUNT_INFLUENCERS,
                Map.of("namePattern", namePattern, "category", String.valueOf(query.category())),
                () -> accounts.countInfluencers(namePattern, query.category()));
        return new AccountPage(rows.stream().map(AccountEntry::toView).toList(), Pages.info(query.page(), total));
    }

    @QueryHandler
    public AccountPage handle(FindAccountsQuery query) {
        Page<AccountEntry> page = query.role() == null
                ? accounts.findAll(Pages.pageable(query.page(), NEWEST_FIRST))
                : accounts.findByRole(query.role(), Pages.pageable(query.page(), NEWEST_FIRST));
        return new AccountPage(page.map(AccountEntry::toView).getContent(), Pages.info(page));
    }
}
