package com.sponsorship.query.campaign;

import com.sponsorship.api.campaign.BudgetCommittedEvent;
import com.sponsorship.api.campaign.BudgetReleasedEvent;
import com.sponsorship.api.campaign.CampaignBudgetChangedEvent;
import com.sponsorship.api.campaign.CampaignClosedEvent;
import com.sponsorship.api.campaign.CampaignCreatedEvent;
import com.sponsorship.api.campaign.CampaignDetails;
import com.sponsorship.api.campaign.CampaignFlagClearedEvent;
import com.sponsorship.api.campaign.CampaignFlaggedEvent;
import com.sponsorship.api.campaign.CampaignPage;
import com.sponsorship.api.campaign.CampaignStatus;
import com.sponsorship.api.campaign.CampaignUpdatedEvent;
import com.sponsorship.api.campaign.CampaignView;
import com.sponsorship.api.campaign.CampaignVisibilityChangedEvent;
import com.sponsorship.api.campaign.FindAllCampaignsQuery;
import com.sponsorship.api.campaign.FindCampaignQuery;
import com.sponsorship.api.campaign.FindSponsorCampaignsQuery;
import com.sponsorship.api.campaign.SearchCampaignsQuery;
import com.sponsorship.api.common.Visibility;
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
 * The campaigns read model: one row per campaign, listed per sponsor, searched by influencers
 * and listed whole for the admin.
 */
@Component
@ProcessingGroup(CampaignProjection.PROCESSING_GROUP)
public class CampaignProjection {

    public static final String PROCESSING_GROUP = "campaigns";
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"));

    private final CampaignEntryRepository campaigns;
    private final ProjectionRows<CampaignEntry> rows;
    private final ReadModelCounts counts;

    public CampaignProjection(CampaignEntryRepository campaigns, EntityManager entityManager, ReadModelCounts counts) {
        this.campaigns = campaigns;
        this.rows = new ProjectionRows<>(campaigns, entityManager, "Campaign");
        this.counts = counts;
    }

    @EventHandler
    void on(CampaignCreatedEvent event, @Timestamp Instant occurredAt) {
        CampaignEntry campaign = new CampaignEntry(event.campaignId(), event.sponsorId(), event.budget(), occurredAt);
        describe(campaign, event.details());
        rows.insert(campaign);
    }

    @EventHandler
    void on(CampaignUpdatedEvent event) {
        rows.update(event.campaignId(), campaign -> describe(campaign, event.details()));
    }

    @EventHandler
    void on(CampaignBudgetChangedEvent event) {
        rows.update(event.campaignId(), campaign -> campaign.setBudget(event.budget()));
    }

    @EventHandler
    void on(CampaignVisibilityChangedEvent event) {
        rows.update(event.campaignId(), campaign -> campaign.setVisibility(event.visibility()));
    }

    @EventHandler
    void on(CampaignFlaggedEvent event) {
        rows.update(event.campaignId(), campaign -> campaign.setFlagged(true));
    }

    @EventHandler
    void on(CampaignFlagClearedEvent event) {
        rows.update(event.campaignId(), campaign -> campaign.setFlagged(false));
    }

    @EventHandler
    void on(CampaignClosedEvent event) {
        rows.update(event.campaignId(), CampaignEntry::close);
    }

    /** The event carries the new total, so handling it twice changes nothing. */
    @EventHandler
    void on(BudgetCommittedEvent event) {
        rows.update(event.campaignId(), campaign -> campaign.setAgreedAmount(event.committedTotal()));
    }

    /** A cancelled deal's release lowers the amount agreed (so the remaining budget rises); it too carries the new total. */
    @EventHandler
    void on(BudgetReleasedEvent event) {
        rows.update(event.campaignId(), campaign -> campaign.setAgreedAmount(event.committedTotal()));
    }

    private static void describe(CampaignEntry campaign, CampaignDetails details) {
        campaign.describe(details.name(), details.description(), details.goals(), details.category(),
                details.visibility(), details.startDate(), details.endDate());
    }

    @QueryHandler
    public Optional<CampaignView> handle(FindCampaignQuery query) {
        return campaigns.findById(query.campaignId()).map(CampaignEntry::toView);
    }

    @QueryHandler
    public CampaignPage handle(FindSponsorCampaignsQuery query) {
        Page<CampaignEntry> page = campaigns.findBySponsorId(query.sponsorId(), Pages.pageable(query.page(), NEWEST_FIRST));
        return new CampaignPage(page.map(CampaignEntry::toView).getContent(), Pages.info(page));
    }

    /** Only public, open, unflagged campaigns: private and flagged ones never leak into search. */
    @QueryHandler
    public CampaignPage handle(SearchCampaignsQuery query) {
        SearchFilters<CampaignEntry> search = search(query);
        List<CampaignView> rows = search.page(campaigns, query.page(), Pages.by("budget", query.budgetAscending()))
                .stream().map(CampaignEntry::toView).toList();
        return new CampaignPage(rows, Pages.info(query.page(), search.total(campaigns, counts)));
    }

    static SearchFilters<CampaignEntry> search(SearchCampaignsQuery query) {
        return new SearchFilters<CampaignEntry>("campaigns")
                .always((campaign, q, where) -> where.and(where.equal(campaign.get("visibility"), Visibility.PUBLIC),
                        where.equal(campaign.get("status"), CampaignStatus.OPEN), where.isFalse(campaign.get("flagged"))))
                .nameAndCategory(query.text(), query.category());
    }

    @QueryHandler
    public CampaignPage handle(FindAllCampaignsQuery query) {
        Page<CampaignEntry> page = campaigns.findAll(Pages.pageable(query.page(), NEWEST_FIRST));
        return new CampaignPage(page.map(CampaignEntry::toView).getContent(), Pages.info(page));
    }
}
