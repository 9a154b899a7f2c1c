package com.sponsorship.api.negotiation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One payment of an agreed deal, as its events left it.
 *
 * @param disputeReason why the influencer disputed it; null unless {@link PaymentStatus#DISPUTED}
 */
public record Payment(String id, BigDecimal amount, LocalDate paidOn, PaymentMethod method, String reference,
                      PaymentStatus status, String disputeReason) {

    /** Whether it counts towards what was paid (not disputed). */
    public boolean counts() {
        return status.counts();
    }

    /** Two recordings with the same reference (ignoring case and surrounding spaces) are the same payment. */
    public boolean sameReference(String otherReference) {
        return otherReference != null && reference.trim().equalsIgnoreCase(otherReference.trim());
    }

    Payment answered(PaymentStatus answer, String reason) {
        return new Payment(id, amount, paidOn, method, reference, answer, reason);
    }
}
