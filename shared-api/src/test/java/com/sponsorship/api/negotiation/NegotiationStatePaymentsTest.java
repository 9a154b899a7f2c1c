package com.sponsorship.api.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the payment events do to a negotiation's state: payments, paid and outstanding. */
class NegotiationStatePaymentsTest {

    private static final String ID = "negotiation-1";
    private static final Actor SPONSOR = new Actor("sponsor-1", Role.SPONSOR);
    private static final Actor INFLUENCER = new Actor("influencer-1", Role.INFLUENCER);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static final NegotiationState AGREED = NegotiationState.initial()
            .apply(new AdRequestOpenedEvent(ID, "campaign-1", SPONSOR.accountId(), INFLUENCER.accountId(), "Posts",
                    "Two", amount("500.00"), SPONSOR))
            .apply(new NegotiationAgreedEvent(ID, "campaign-1", SPONSOR.accountId(), INFLUENCER.accountId(),
                    amount("500.00"), INFLUENCER));

    private static BigDecimal amount(String amount) {
        return new BigDecimal(amount);
    }

    private static PaymentRecordedEvent recorded(String paymentId, String amount) {
        return new PaymentRecordedEvent(ID, paymentId, amount(amount), DAY, PaymentMethod.PAYPAL, "REF-" + paymentId,
                SPONSOR);
    }

    @Test
    void beforeAgreementNothingIsDueAndNothingPaid() {
        NegotiationState offered = NegotiationState.initial().apply(new AdRequestOpenedEvent(ID, "campaign-1",
                SPONSOR.accountId(), INFLUENCER.accountId(), "Posts", "Two", amount("500.00"), SPONSOR));

        assertThat(offered.payments()).isEmpty();
        assertThat(offered.agreedAmount()).isNull();
        assertThat(offered.outstanding()).isNull();
        assertThat(offered.paid()).isEqualByComparingTo("0");
    }

    @Test
    void atAgreementTheWholeAmountIsOutstanding() {
        assertThat(AGREED.agreedAmount()).isEqualByComparingTo("500.00");
        assertThat(AGREED.paid()).isEqualByComparingTo("0");
        assertThat(AGREED.outstanding()).isEqualByComparingTo("500.00");
    }

    @Test
    void aRecordedPaymentCountsAsPaidAndLeavesTheStatusAgreed() {
        NegotiationState state = AGREED.apply(recorded("p-1", "200.00"));

        assertThat(state.status()).isEqualTo(NegotiationStatus.AGREED);
        assertThat(state.amountOnTable()).isEqualByComparingTo("500.00");
        assertThat(state.payments()).containsExactly(new Payment("p-1", amount("200.00"), DAY, PaymentMethod.PAYPAL,
                "REF-p-1", PaymentStatus.RECORDED, null));
        assertThat(state.paid()).isEqualByComparingTo("200.00");
        assertThat(state.outstanding()).isEqualByComparingTo("300.00");
        assertThat(state.payment("p-1")).map(Payment::status).contains(PaymentStatus.RECORDED);
        assertThat(state.payment("p-2")).isEmpty();
    }

    @Test
    void aConfirmedPaymentStillCountsAndADisputedOneNoLonger() {
        NegotiationState state = AGREED.apply(recorded("p-1", "200.00")).apply(recorded("p-2", "250.00"))
                .apply(new PaymentConfirmedEvent(ID, "p-1", INFLUENCER))
                .apply(new PaymentDisputedEvent(ID, "p-2", "Never arrived", INFLUENCER));

        assertThat(state.payments()).extracting(Payment::id, Payment::status, Payment::disputeReason).containsExactly(
                tuple("p-1", PaymentStatus.CONFIRMED, null),
                tuple("p-2", PaymentStatus.DISPUTED, "Never arrived"));
        assertThat(state.paid()).isEqualByComparingTo("200.00");
        assertThat(state.outstanding()).isEqualByComparingTo("300.00");
        assertThat(state.status()).isEqualTo(NegotiationStatus.AGREED);
    }

    @Test
    void paymentEventsNeitherMoveTheStatusNorConcludeAnything() {
        for (NegotiationEvent event : List.of(recorded("p-1", "1.00"), new PaymentConfirmedEvent(ID, "p-1", INFLUENCER),
                new PaymentDisputedEvent(ID, "p-1", "No", INFLUENCER))) {
            assertThat(NegotiationState.statusAfter(NegotiationStatus.AGREED, event)).isEqualTo(NegotiationStatus.AGREED);
            assertThat(NegotiationState.concludes(event)).isFalse();
        }
    }

    @Test
    void theSixPartStateHasNoPaymentsAndReferencesCompareWithoutCaseOrSpaces() {
        assertThat(new NegotiationState(null, null, null, null, null, false).payments()).isEmpty();
        assertThat(new NegotiationState(null, null, null, null, null, false, null, null, null).payments()).isEmpty();
        Payment payment = AGREED.apply(recorded("p-1", "1.00")).payments().get(0);
        assertThat(payment.sameReference(" ref-P-1 ")).isTrue();
        assertThat(payment.sameReference("REF-p-2")).isFalse();
        assertThat(payment.sameReference(null)).isFalse();
    }
}
