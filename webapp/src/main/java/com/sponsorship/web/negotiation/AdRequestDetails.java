package com.sponsorship.web.negotiation;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.sponsorship.api.negotiation.NegotiationState;
import com.sponsorship.api.negotiation.NegotiationView;
import com.sponsorship.api.negotiation.Payment;
import java.math.BigDecimal;
import java.util.List;

/**
 * One ad request as the API shows it: the request's fields, plus its payments (oldest first),
 * {@code paid} (the payments not disputed) and {@code outstanding} (agreed minus paid; null until agreed).
 */
record AdRequestDetails(@JsonUnwrapped NegotiationView request, List<Payment> payments, BigDecimal paid,
                        BigDecimal outstanding) {

    static AdRequestDetails of(NegotiationView request, NegotiationState state) {
        return new AdRequestDetails(request, state.payments(), state.paid(), state.outstanding());
    }
}
