package com.sponsorship.api.stats;

import com.sponsorship.api.common.Role;
import java.util.Arrays;
import java.util.Optional;

/** The charts of the platform; each is drawn for one viewer's scope. */
public enum Chart {
    ACCOUNTS_PER_MONTH("accounts-per-month", "Accounts registered per month"),
    CAMPAIGNS_PER_MONTH("campaigns-per-month", "Campaigns created per month"),
    AD_REQUESTS_PER_MONTH("ad-requests-per-month", "Ad requests per month"),
    STATUS_DISTRIBUTION("status-distribution", "Ad requests by status"),
    PAYMENT_DISTRIBUTION("payment-distribution", "Ad requests by payment amount");

    private final String slug;
    private final String title;

    Chart(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /**
     * Who sees the chart. Accounts per month is a platform-wide figure, for admins and auditors;
     * campaigns per month counts the viewer's own campaigns, which influencers have none of.
     */
    public boolean visibleTo(Role role) {
        return switch (this) {
            case ACCOUNTS_PER_MONTH -> role == Role.ADMIN || role == Role.AUDITOR;
            case CAMPAIGNS_PER_MONTH -> role != Role.INFLUENCER;
            default -> true;
        };
    }

    public static Optional<Chart> fromSlug(String slug) {
        return Arrays.stream(values()).filter(chart -> chart.slug.equals(slug)).findFirst();
    }
}
