package com.sponsorship.query.negotiation;

import com.sponsorship.api.negotiation.NegotiationEvent;
import com.sponsorship.api.negotiation.NegotiationState;
import com.sponsorship.api.negotiation.NegotiationStatus;
import com.sponsorship.api.negotiation.NegotiationView;
import com.sponsorship.api.negotiation.Terms;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

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
    @Convert(converter = TermsColumn.class)
    private Terms terms;
    @Column(name = "expires_at")
    private Instant expiresAt;

    protected NegotiationEntry() {
    }

    /** A request as its first event left it ({@code opened}). */
    NegotiationEntry(String id, NegotiationState opened, String message, String requirements, Instant openedAt) {
        this.id = id;
        this.campaignId = opened.campaignId();
        this.sponsorId = opened.sponsorId();
        this.influencerId = opened.influencerId();
        this.status = opened.status();
        this.paymentAmount = opened.amountOnTable();
        this.message = message;
        this.requirements = requirements;
        this.openedAt = openedAt;
        this.updatedAt = openedAt;
        this.terms = opened.terms();
        this.expiresAt = opened.answerBy();
    }

    /** The status moves on as {@link NegotiationState} says the event moves it; the event happened {@code at}. */
    void advance(NegotiationEvent event, Instant at) {
        this.status = NegotiationState.statusAfter(status, event);
        this.updatedAt = at;
        if (status.isConcluded()) {
            this.expiresAt = null;
        }
    }

    /** An offer's terms (none: those on the table stay) and when it expires unanswered. */
    void putOnTable(Terms offered, Instant answerBy) {
        if (offered != null) {
            this.terms = offered;
        }
        this.expiresAt = answerBy;
    }

    void offer(BigDecimal paymentAmount, String message) {
        this.paymentAmount = paymentAmount;
        this.message = message;
    }

    void edit(BigDecimal paymentAmount, String message, String requirements) {
        this.paymentAmount = paymentAmount;
        this.message = message;
        this.requirements = requirements;
    }

    void assignInfluencer(String influencerId) {
        this.influencerId = influencerId;
    }

    String campaignId() {
        return campaignId;
    }

    String sponsorId() {
        return sponsorId;
    }

    String influencerId() {
        return influencerId;
    }

    /** The request with the names of its campaign and parties ({@code names} by id; a missing one stays null). */
    NegotiationView toView(Map<String, String> campaignNames, Map<String, String> accountNames) {
        return new NegotiationView(id, campaignId, campaignNames.get(campaignId), sponsorId,
                accountNames.get(sponsorId), influencerId, influencerId == null ? null : accountNames.get(influencerId),
                status, paymentAmount, message, requirements, openedAt, updatedAt, terms, expiresAt);
    }
}
