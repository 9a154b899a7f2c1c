package com.sponsorship.api.payment;

import java.time.Instant;

/**
 * A campaign's ledger replayed from the event store: the campaign's and its deals' events up to
 * {@code asOf} (null: all of them, now); answered with a {@link CampaignLedger}.
 */
public record FindCampaignLedgerQuery(String campaignId, Instant asOf) {
}
