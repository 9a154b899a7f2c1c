package com.sponsorship.api.payment;

import com.sponsorship.api.negotiation.Payment;
import com.sponsorship.api.negotiation.PaymentStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * What an influencer is owed and has received: every agreed deal with its payments.
 *
 * @param due      the sum of the deals' outstanding amounts
 * @param received the sum of the payments the influencer confirmed
 */
public record InfluencerPayments(BigDecimal due, BigDecimal received, List<DealPayments> deals) {

    public static InfluencerPayments of(List<DealPayments> deals) {
        return new InfluencerPayments(sum(deals.stream().map(DealPayments::outstanding)),
                sum(deals.stream().flatMap(deal -> deal.confirmed().stream()).map(Payment::amount)), deals);
    }

    private static BigDecimal sum(Stream<BigDecimal> amounts) {
        return amounts.reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** One agreed deal of the influencer: agreed, paid (not disputed), outstanding, and its payments, oldest first. */
    public record DealPayments(String negotiationId, String campaignId, String campaignName, String sponsorName,
                               BigDecimal agreed, BigDecimal paid, BigDecimal outstanding, List<Payment> payments) {

        /** The payments whose receipt the influencer confirmed. */
        public List<Payment> confirmed() {
            return payments.stream().filter(payment -> payment.status() == PaymentStatus.CONFIRMED).toList();
        }
    }
}
