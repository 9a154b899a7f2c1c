package com.sponsorship.api.campaign;

import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Visibility;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A campaign as listed and shown; remaining budget = budget - agreed payments. */
public record CampaignView(String id, String sponsorId, String name, String description, String goals,
                           Category category, BigDecimal budget, BigDecimal agreedAmount,
                           BigDecimal remainingBudget, Visibility visibility, CampaignStatus status,
                           LocalDate startDate, LocalDate endDate, boolean flagged, Instant createdAt) {
}
