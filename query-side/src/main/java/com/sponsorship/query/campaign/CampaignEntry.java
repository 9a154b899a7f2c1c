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

    CampaignEntry(String id, String sponsorId, String name, String description, String goals, Category category,
                  BigDecimal budget, Visibility visibility, LocalDate startDate, LocalDate endDate, Instant createdAt) {
        this.id = id;
        this.sponsorId = sponsorId;
        this.name = name;
        this.description = description;
        this.goals = goals;
        this.category = category;
        this.budget = budget;
        this.agreedAmount = BigDecimal.ZERO;
        this.visibility = visibility;
        this.status = CampaignStatus.OPEN;
        this.startDate = startDate;
        this.endDate = endDate;
        this.createdAt = createdAt;
    }

    CampaignView toView() {
        return new CampaignView(id, sponsorId, name, description, goals, category, budget, agreedAmount,
                budget.subtract(agreedAmount), visibility, status, startDate, endDate, flagged, createdAt);
    }
}
