package com.sponsorship.query.campaign;

import com.sponsorship.api.campaign.CampaignStatus;
import com.sponsorship.api.campaign.CampaignView;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Visibility;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "campaign_view")
public class CampaignEntry {

    @Id
    private String id;
    @Column(name = "sponsor_id", nullable = false)
    private String sponsorId;
    @Column(nullable = false)
    private String name;
    private String description;
    private String goals;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Category category;
    @Column(nullable = false)
    private BigDecimal budget;
    @Column(name = "agreed_amount", nullable = false)
    private BigDecimal agreedAmount;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility visibility;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CampaignStatus status;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;
    @Column(nullable = false)
    private boolean flagged;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CampaignEntry() {
    }

    CampaignEntry(String id, String sponsorId, BigDecimal budget, Instant createdAt) {
        this.id = id;
        this.sponsorId = sponsorId;
        this.budget = budget;
        this.agreedAmount = BigDecimal.ZERO;
        this.status = CampaignStatus.OPEN;
        this.createdAt = createdAt;
    }

    void describe(String name, String description, String goals, Category category, Visibility visibility,
                  LocalDate startDate, LocalDate endDate) {
        this.name = name;
        this.description = description;
        this.goals = goals;
        this.category = category;
        this.visibility = visibility;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    void setAgreedAmount(BigDecimal agreedAmount) {
        this.agreedAmount = agreedAmount;
    }

    void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    void setFlagged(boolean flagged) {
        this.flagged = flagged;
    }

    void close() {
        this.status = CampaignStatus.CLOSED;
    }

    CampaignView toView() {
        return new CampaignView(id, sponsorId, name, description, goals, category, budget, agreedAmount,
                budget.subtract(agreedAmount), visibility, status, startDate, endDate, flagged, createdAt);
    }
}
