package com.sponsorship.api.stats;

import com.sponsorship.api.common.Role;
import java.util.Arrays;
import java.util.Optional;

/** The charts of the platform; each is drawn for one viewer's scope. */
public enum Chart {
    ACCOUNTS_PER_MONTH("accounts-per-month", "Accounts registered per month",
            "Accounts registered in each of the last twelve months."),
    CAMPAIGNS_PER_MONTH("campaigns-per-month", "Campaigns created per month",
            "Campaigns created in each of the last twelve months."),
    AD_REQUESTS_PER_MONTH("ad-requests-per-month", "Ad requests per month",
            "Ad requests opened (or applied to) in each of the last twelve months."),
    STATUS_DISTRIBUTION("status-distribution", "Negotiations by status",
            "Ad requests by where their negotiation stands; every one agreed counts as Agreed, whatever became of the deal."),
    DEAL_LIFECYCLE("deal-lifecycle", "Deals by lifecycle status",
            "Agreed deals: in progress, overdue (past their due date with content not yet live), completed, and cancelled after agreement."),
    DEAL_DURATIONS("deal-durations", "Average days to agreement and to completion",
            "Average days from the first offer to agreement, by month of agreement, and from agreement to completion, by month of completion."),
    NEGOTIATION_ROUNDS("negotiation-rounds", "Negotiation rounds per deal",
            "Deals by the number of offers made before agreement: the request or application, then each counter-offer."),
    PAYMENT_DISTRIBUTION("payment-distribution", "Ad requests by payment amount",
            "Ad requests by the amount on the table (or agreed)."),
    SPEND_VS_BUDGET("spend-vs-budget", "Spend vs budget per campaign",
            "For your ten most recent campaigns: the budget, the amount committed to deals (less what cancellations released) and the amount paid."),
    EARNINGS_PER_MONTH("earnings-per-month", "Earnings per month",
            "Payments received in each of the last twelve months, by payment date; disputed payments are left out.");

    private final String slug;
    private final String title;
    private final String description;

    Chart(String slug, String title, String description) {
        this.slug = slug;
        this.title = title;
        this.description = description;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** What the chart shows, in a sentence: its caption, for those who cannot see the picture. */
    public String description() {
        return description;
    }

    /**
     * Who sees the chart. Accounts per month is a platform-wide figure, for admins and auditors;
     * campaigns per month counts the viewer's own campaigns, which influencers have none of. Spend vs
     * budget compares a sponsor's own campaigns (across the platform's thousands it would say
     * nothing); earnings are an influencer's own, or the platform's for admins and auditors.
     */
    public boolean visibleTo(Role role) {
        return switch (this) {
            case ACCOUNTS_PER_MONTH -> role == Role.ADMIN || role == Role.AUDITOR;
            case CAMPAIGNS_PER_MONTH -> role != Role.INFLUENCER;
            case SPEND_VS_BUDGET -> role == Role.SPONSOR;
            case EARNINGS_PER_MONTH -> role != Role.SPONSOR;
            default -> true;
        };
    }

    public static Optional<Chart> fromSlug(String slug) {
        return Arrays.stream(values()).filter(chart -> chart.slug.equals(slug)).findFirst();
    }
}
