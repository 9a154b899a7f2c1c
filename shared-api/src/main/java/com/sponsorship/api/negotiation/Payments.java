package com.sponsorship.api.negotiation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What each {@link PaymentEvent} does to a deal's list of payments; used by {@link NegotiationState} only. */
final class Payments {

    private Payments() {
    }

    static List<Payment> after(List<Payment> before, NegotiationEvent event) {
        List<Payment> after = new ArrayList<>(before);
        if (event instanceof PaymentRecordedEvent e) {
            after.add(new Payment(e.paymentId(), e.amount(), e.paidOn(), e.method(), e.reference(),
                    PaymentStatus.RECORDED, null));
        } else if (event instanceof PaymentConfirmedEvent e) {
            after.replaceAll(p -> p.id().equals(e.paymentId()) ? p.answered(PaymentStatus.CONFIRMED, null) : p);
        } else if (event instanceof PaymentDisputedEvent e) {
            after.replaceAll(p -> p.id().equals(e.paymentId()) ? p.answered(PaymentStatus.DISPUTED, e.reason()) : p);
        }
        return after;
    }

    static BigDecimal sum(Stream<Payment> payments) {
        return payments.map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
