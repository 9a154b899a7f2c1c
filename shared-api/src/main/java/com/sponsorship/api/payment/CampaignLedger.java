package com.sponsorship.api.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a campaign owes and has paid, as of a moment. The figures add up: {@code committed} is the
 * sum of the deals' {@code agreed}, {@code paid} the sum of their {@code paid} (payments not
 * disputed), {@code remaining = budget - committed + released}, and each deal's
 * {@code outstanding = agreed - paid - released} (a cancelled deal released what it had not paid: 0 is outstanding).
 *
 * @param asOf      the moment it was replayed to; null for now
 * @param committed the sum of the amounts agreed (taken out of the budget)
 * @param released  committed amounts given back to the budget by cancellations after agreement
 *                  ({@link com.sponsorship.api.campaign.BudgetReleasedEvent})
 * @param deals     the agreed deals, in the order they were agreed
 */
public record CampaignLedger(String campaignId, Instant asOf, BigDecimal budget, BigDecimal committed,
                             BigDecimal paid, BigDecimal released, BigDecimal remaining, List<LedgerDeal> deals) {
}
