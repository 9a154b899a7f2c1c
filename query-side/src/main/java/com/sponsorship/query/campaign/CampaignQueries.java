package com.sponsorship.query.campaign;

import com.sponsorship.api.campaign.CampaignPage;
import com.sponsorship.api.campaign.FindAllCampaignsQuery;
import com.sponsorship.api.campaign.SearchCampaignsQuery;
import com.sponsorship.api.campaign.CampaignStatus;
import com.sponsorship.api.common.Visibility;
import com.sponsorship.query.Pages;
import com.sponsorship.query.ReadModelCounts;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Campaign lists beyond a sponsor's own: influencer search and the admin's list. */
@Component
public class CampaignQueries {

    private final CampaignEntryRepository campaigns;
    private final ReadModelCounts counts;

    public CampaignQueries(CampaignEntryRepository campaigns, ReadModelCounts counts) {
        this.campaigns = campaigns;
        this.counts = counts;
    }

    /** Only public, open, unflagged campaigns: private and flagged ones never leak into search. */
    @QueryHandler
    public CampaignPage handle(SearchCampaignsQuery query) {
        Sort byBudget = Sort.by(query.budgetAscending() ? Sort.Order.asc("budget") : Sort.Order.desc("budget"),
                Sort.Order.asc("id"));
        String namePattern = Pages.containsPattern(query.text());
        List<CampaignEntry> rows = campaigns.search(Visibility.PUBLIC, CampaignStatus.OPEN, namePattern,
                query.category(), Pages.pageable(query.page(), byBudget));
        long total = counts.count(CampaignEntryRepository.COUNT_SEARCH,
                Map.of("namePattern", namePattern, "category", String.valueOf(query.category())),
                () -> campaigns.countSearch(Visibility.PUBLIC, CampaignStatus.OPEN, namePattern, query.category()));
        return new CampaignPage(rows.stream().map(CampaignEntry::toView).toList(), Pages.info(query.page(), total));
    }

    @QueryHandler
    public CampaignPage handle(FindAllCampaignsQuery query) {
        Page<CampaignEntry> page = campaigns.findAll(Pages.pageable(query.page(), CampaignProjection.NEWEST_FIRST));
        return new CampaignPage(page.map(CampaignEntry::toView).getContent(), Pages.info(page));
    }
}
