package com.sponsorship.query.campaign;

import com.sponsorship.api.campaign.CampaignCreatedEvent;
import com.sponsorship.api.campaign.CampaignPage;
import com.sponsorship.api.campaign.CampaignView;
import com.sponsorship.api.campaign.FindCampaignQuery;
import com.sponsorship.api.campaign.FindSponsorCampaignsQuery;
import com.sponsorship.query.Pages;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** The campaigns read model: one row per campaign, listed per sponsor. */
@Component
@ProcessingGroup(CampaignProjection.PROCESSING_GROUP)
public class CampaignProjection {

    public static final String PROCESSING_GROUP = "campaigns";
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"));

    private final CampaignEntryRepository campaigns;

    public CampaignProjection(CampaignEntryRepository campaigns) {
        this.campaigns = campaigns;
    }

    @EventHandler
    void on(CampaignCreatedEvent event, @Timestamp Instant occurredAt) {
        var details = event.details();
        // save() replaces a row with the same id, so handling the event twice leaves one row
        campaigns.save(new CampaignEntry(event.campaignId(), event.sponsorId(), details.name(), details.description(),
                details.goals(), details.category(), event.budget(), details.visibility(), details.startDate(),
                details.endDate(), occurredAt));
    }

    @ResetHandler
    void reset() {
        campaigns.deleteAllInBatch();
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
}
