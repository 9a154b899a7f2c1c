package com.sponsorship.query.campaign;

import com.sponsorship.api.campaign.CampaignPage;
import com.sponsorship.api.campaign.FindAllCampaignsQuery;
import com.sponsorship.api.campaign.SearchCampaignsQuery;
import com.sponsorship.api.campaign.CampaignStatus;
import com.sponsorship.api.common.Visibility;
import com.sponsorship.query.Pages;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Campaign lists beyond a sponsor's own: influencer search and the admin's list. */
@Component
public class CampaignQueries {

    private final CampaignEntryRepository campaigns;

    public CampaignQueries(CampaignEntryRepository campaigns) {
        this.campaigns = campaigns;
    }

    /** Only public, open, unflagged campaigns: private and flagged ones never leak into search. */
    @QueryHandler
    public CampaignPage handle(SearchCampaignsQuery query) {
        Sort byBudget = Sort.by(query.budgetAscending() ? Sort.Order.asc("budget") : Sort.Order.desc("budget"),
                Sort.Order.asc("id"));
        Page<CampaignEntry> page = campaigns.search(Visibility.PUBLIC, CampaignStatus.OPEN,
                Pages.containsPattern(query.text()), query.category(), Pages.pageable(query.page(), byBudget));
        return new CampaignPage(page.map(CampaignEntry::toView).getContent(), Pages.info(page));
    }

    @QueryHandler
    public CampaignPage handle(FindAllCampaignsQuery query) {
        Page<CampaignEntry> page = campaigns.findAll(Pages.pageable(query.page(), CampaignProjection.NEWEST_FIRST));
        return new CampaignPage(page.map(CampaignEntry::toView).getContent(), Pages.info(page));
    }
}
