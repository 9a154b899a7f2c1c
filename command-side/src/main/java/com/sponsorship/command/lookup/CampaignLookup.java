package com.sponsorship.command.lookup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "campaign_lookup")
class CampaignLookup {

    @Id
    @Column(name = "campaign_id")
    private String campaignId;
    @Column(name = "sponsor_id", nullable = false)
    private String sponsorId;
    @Column(nullable = false)
    private boolean closed;
    @Column(nullable = false)
    private boolean flagged;
    @Column(name = "end_date")
    private LocalDate endDate;

    protected CampaignLookup() {
    }

    CampaignLookup(String campaignId, String sponsorId, LocalDate endDate) {
        this.campaignId = campaignId;
        this.sponsorId = sponsorId;
        this.endDate = endDate;
    }

    void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    void setFlagged(boolean flagged) {
        this.flagged = flagged;
    }

    void markClosed() {
        this.closed = true;
    }

    CampaignState toState() {
        return new CampaignState(campaignId, sponsorId, closed, flagged, endDate);
    }
}
