package com.sponsorship.query.negotiation;

import com.sponsorship.api.negotiation.NegotiationStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One ad request and where its negotiation stands now. */
@Entity
@Table(name = "negotiation_view")
public class NegotiationEntry {

    @Id
    private String id;
    @Column(name = "campaign_id", nullable = false)
    private String campaignId;
    @Column(name = "sponsor_id", nullable = false)
    private String sponsorId;
    @Column(name = "influencer_id")
    private String influencerId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NegotiationStatus status;
    @Column(name = "payment_amount", nullable = false)
    private BigDecimal paymentAmount;
    private String message;
    private String requirements;
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected NegotiationEntry() {
    }

    NegotiationEntry(String id, String campaignId, String sponsorId, String influencerId, BigDecimal paymentAmount,
                     String message, String requirements, Instant openedAt) {
        this.id = id;
        this.campaignId = campaignId;
        this.sponsorId = sponsorId;
        this.influencerId = influencerId;
        this.status = influencerId == null ? NegotiationStatus.OPEN : NegotiationStatus.AWAITING_INFLUENCER;
        this.paymentAmount = paymentAmount;
        this.message = message;
        this.requirements = requirements;
        this.openedAt = openedAt;
        this.updatedAt = openedAt;
    }

    void offer(BigDecimal paymentAmount, String message, NegotiationStatus status, Instant at) {
        this.paymentAmount = paymentAmount;
        this.message = message;
        this.status = status;
        this.updatedAt = at;
    }

    void edit(BigDecimal paymentAmount, String message, String requirements, Instant at) {
        this.paymentAmount = paymentAmount;
        this.message = message;
        this.requirements = requirements;
        this.updatedAt = at;
    }

    void assignInfluencer(String influencerId) {
        this.influencerId = influencerId;
    }

    void conclude(NegotiationStatus status, Instant at) {
        this.status = status;
        this.updatedAt = at;
    }
}
