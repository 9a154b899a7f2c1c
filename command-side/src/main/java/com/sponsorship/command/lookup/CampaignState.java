package com.sponsorship.command.lookup;

import java.time.LocalDate;

/**
 * What negotiations need to know about their campaign. {@code endDate} is null only for a campaign
 * whose lookup row predates it and whose read model row was missing when the column was added.
 */
public record CampaignState(String campaignId, String sponsorId, boolean closed, boolean flagged, LocalDate endDate) {

    public CampaignState(String campaignId, String sponsorId, boolean closed, boolean flagged) {
        this(campaignId, sponsorId, closed, flagged, null);
    }
}
