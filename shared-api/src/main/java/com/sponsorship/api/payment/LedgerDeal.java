package com.sponsorship.api.payment;

import com.sponsorship.api.negotiation.NegotiationStatus;
import java.math.BigDecimal;

/**
 * One agreed deal of a campaign's ledger: agreed, paid (not disputed) and outstanding = agreed - paid
 * (0 once cancelled: the rest was released), and its status then.
 */
public record LedgerDeal(String negotiationId, String influencerId, String influencerName, BigDecimal agreed,
                         BigDecimal paid, BigDecimal outstanding, NegotiationStatus status) {
}
