package com.sponsorship.command.lookup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "negotiation_lookup")
class NegotiationLookup {

    @Id
    @Column(name = "negotiation_id")
    private String negotiationId;
    @Column(name = "campaign_id", nullable = false)
    private String campaignId;
    @Column(name = "influencer_id")
    private String influencerId;
    @Column(nullable = false)
    private boolean concluded;

    protected NegotiationLookup() {
    }

    NegotiationLookup(String negotiationId, String campaignId, String influencerId) {
        this.negotiationId = negotiationId;
        this.campaignId = campaignId;
        this.influencerId = influencerId;
    }

    void setInfluencerId(String influencerId) {
        this.influencerId = influencerId;
    }

    void markConcluded() {
        this.concluded = true;
    }
}
