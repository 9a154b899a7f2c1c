package com.sponsorship.command.negotiation;

import static com.sponsorship.command.FixtureSteps.expectAllowed;
import static com.sponsorship.command.FixtureSteps.expectRefused;
import static com.sponsorship.command.Refusals.constraintViolations;
import static com.sponsorship.command.Refusals.ruleViolation;
import static com.sponsorship.command.negotiation.Negotiations.ADMIN;
import static com.sponsorship.command.negotiation.Negotiations.AGREED;
import static com.sponsorship.command.negotiation.Negotiations.INFLUENCER;
import static com.sponsorship.command.negotiation.Negotiations.INFLUENCER_COUNTERED;
import static com.sponsorship.command.negotiation.Negotiations.NEGOTIATION_ID;
import static com.sponsorship.command.negotiation.Negotiations.OFFERED;
import static com.sponsorship.command.negotiation.Negotiations.OTHER_INFLUENCER;
import static com.sponsorship.command.negotiation.Negotiations.OTHER_SPONSOR;
import static com.sponsorship.command.negotiation.Negotiations.REJECTED;
import static com.sponsorship.command.negotiation.Negotiations.SPONSOR;
import static com.sponsorship.command.negotiation.Negotiations.amount;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Rules;
import com.sponsorship.api.negotiation.ConfirmPaymentCommand;
import com.sponsorship.api.negotiation.DisputePaymentCommand;
import com.sponsorship.api.negotiation.PaymentConfirmedEvent;
import com.sponsorship.api.negotiation.PaymentDisputedEvent;
import com.sponsorship.api.negotiation.PaymentMethod;
import com.sponsorship.api.negotiation.PaymentRecordedEvent;
import com.sponsorship.api.negotiation.RecordPaymentCommand;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Payments of an agreed deal (500.00 agreed): recorded by its sponsor, confirmed or disputed by its influencer. */
class NegotiationPaymentTest {

    private static final LocalDate PAID_ON = LocalDate.of(2026, 3, 2);
    private static final PaymentRecordedEvent DEPOSIT = recorded("payment-1", "200.00", "TR-1");
    private static final PaymentRecordedEvent REST = recorded("payment-2", "300.00", "TR-2");
    private static final PaymentConfirmedEvent DEPOSIT_CONFIRMED =
            new PaymentConfirmedEvent(NEGOTIATION_ID, "payment-1", INFLUENCER);
    private static final PaymentDisputedEvent DEPOSIT_DISPUTED =
            new PaymentDisputedEvent(NEGOTIATION_ID, "payment-1", "Nothing arrived", INFLUENCER);

    private FixtureConfiguration<Negotiation> fixture;

    @BeforeEach
    void setUp() {
        fixture = Negotiations.fixture(Negotiations.lookups());
    }

    private static PaymentRecordedEvent recorded(String paymentId, String amount, String reference) {
        return new PaymentRecordedEvent(NEGOTIATION_ID, paymentId, amount(amount), PAID_ON,
                PaymentMethod.BANK_TRANSFER, reference, SPONSOR);
    }

    private static RecordPaymentCommand record(Actor actor, String paymentId, String amount, String reference) {
        return new RecordPaymentCommand(NEGOTIATION_ID, actor, paymentId, amount(amount), PAID_ON,
                PaymentMethod.BANK_TRANSFER, reference);
    }

    private static ConfirmPaymentCommand confirm(Actor actor, String paymentId) {
        return new ConfirmPaymentCommand(NEGOTIATION_ID, actor, paymentId);
    }

    private static DisputePaymentCommand dispute(Actor actor, String paymentId) {
        return new DisputePaymentCommand(NEGOTIATION_ID, actor, paymentId, "Nothing arrived");
    }

    private static List<Object> history(Object... events) {
        return List.of(events);
    }

    static Stream<Arguments> allowed() {
        return Stream.of(
                arguments("the sponsor records a deposit after agreement", history(OFFERED, AGREED),
                        record(SPONSOR, "payment-1", "200.00", "TR-1"), DEPOSIT),
                arguments("the sponsor records the rest: exactly what is outstanding", history(OFFERED, AGREED, DEPOSIT),
                        record(SPONSOR, "payment-2", "300.00", "TR-2"), REST),
                arguments("the whole amount at once", history(OFFERED, AGREED),
                        record(SPONSOR, "payment-1", "500.00", "TR-1"), recorded("payment-1", "500.00", "TR-1")),
                arguments("the reference is kept without surrounding spaces", history(OFFERED, AGREED),
                        record(SPONSOR, "payment-1", "200.00", "  TR-1 "), DEPOSIT),
                arguments("the influencer confirms a recorded payment", history(OFFERED, AGREED, DEPOSIT),
                        confirm(INFLUENCER, "payment-1"), DEPOSIT_CONFIRMED),
                arguments("the influencer disputes a recorded payment", history(OFFERED, AGREED, DEPOSIT),
                        dispute(INFLUENCER, "payment-1"), DEPOSIT_DISPUTED),
                arguments("a disputed payment frees its amount: the whole 500.00 is due again",
                        history(OFFERED, AGREED, DEPOSIT, DEPOSIT_DISPUTED),
                        record(SPONSOR, "payment-3", "500.00", "TR-3"), recorded("payment-3", "500.00", "TR-3")),
                arguments("a confirmed payment still counts: 300.00 is due",
                        history(OFFERED, AGREED, DEPOSIT, DEPOSIT_CONFIRMED),
                        record(SPONSOR, "payment-2", "300.00", "TR-2"), REST));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowed")
    void anAllowedPaymentStepEmitsItsEvent(String rule, List<Object> history, Object command, Object event) {
        expectAllowed(fixture, history, command, event);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                arguments("a payment before agreement", history(OFFERED),
                        record(SPONSOR, "payment-1", "200.00", "TR-1"), "wrong-step"),
                arguments("a payment of a rejected negotiation", history(OFFERED, REJECTED),
                        record(SPONSOR, "payment-1", "200.00", "TR-1"), "wrong-step"),
                arguments("the influencer records a payment", history(OFFERED, AGREED),
                        record(INFLUENCER, "payment-1", "200.00", "TR-1"), "not-your-negotiation"),
                arguments("another sponsor records a payment", history(OFFERED, AGREED),
                        record(OTHER_SPONSOR, "payment-1", "200.00", "TR-1"), "not-your-negotiation"),
                arguments("an admin records a payment", history(OFFERED, AGREED),
                        record(ADMIN, "payment-1", "200.00", "TR-1"), "not-your-negotiation"),
                arguments("more than agreed", history(OFFERED, AGREED),
                        record(SPONSOR, "payment-1", "500.01", "TR-1"), "payment-exceeds-due"),
                arguments("more than is still outstanding", history(OFFERED, AGREED, DEPOSIT),
                        record(SPONSOR, "payment-2", "300.01", "TR-2"), "payment-exceeds-due"),
                arguments("anything once everything is paid", history(OFFERED, AGREED, DEPOSIT, REST),
                        record(SPONSOR, "payment-3", "0.01", "TR-3"), "payment-exceeds-due"),
                arguments("the same reference twice", history(OFFERED, AGREED, DEPOSIT),
                        record(SPONSOR, "payment-2", "100.00", "TR-1"), "duplicate-payment"),
                arguments("the same reference in another case", history(OFFERED, AGREED, DEPOSIT),
                        record(SPONSOR, "payment-2", "100.00", " tr-1"), "duplicate-payment"),
                arguments("the same payment id twice", history(OFFERED, AGREED, DEPOSIT),
                        record(SPONSOR, "payment-1", "100.00", "TR-9"), "duplicate-payment"),
                arguments("the reference of a disputed payment", history(OFFERED, AGREED, DEPOSIT, DEPOSIT_DISPUTED),
                        record(SPONSOR, "payment-2", "100.00", "TR-1"), "duplicate-payment"),
                arguments("the sponsor confirms a payment", history(OFFERED, AGREED, DEPOSIT),
                        confirm(SPONSOR, "payment-1"), "not-your-negotiation"),
                arguments("the sponsor disputes a payment", history(OFFERED, AGREED, DEPOSIT),
                        dispute(SPONSOR, "payment-1"), "not-your-negotiation"),
                arguments("another influencer confirms", history(OFFERED, AGREED, DEPOSIT),
                        confirm(OTHER_INFLUENCER, "payment-1"), "not-your-negotiation"),
                arguments("a confirmation twice", history(OFFERED, AGREED, DEPOSIT, DEPOSIT_CONFIRMED),
                        confirm(INFLUENCER, "payment-1"), "payment-answered"),
                arguments("a dispute of a confirmed payment", history(OFFERED, AGREED, DEPOSIT, DEPOSIT_CONFIRMED),
                        dispute(INFLUENCER, "payment-1"), "payment-answered"),
                arguments("a confirmation of a disputed payment", history(OFFERED, AGREED, DEPOSIT, DEPOSIT_DISPUTED),
                        confirm(INFLUENCER, "payment-1"), "payment-answered"),
                arguments("a dispute twice", history(OFFERED, AGREED, DEPOSIT, DEPOSIT_DISPUTED),
                        dispute(INFLUENCER, "payment-1"), "payment-answered"),
                arguments("a confirmation of an unknown payment", history(OFFERED, AGREED, DEPOSIT),
                        confirm(INFLUENCER, "payment-9"), "unknown-payment"),
                arguments("a confirmation before agreement", history(OFFERED, INFLUENCER_COUNTERED),
                        confirm(INFLUENCER, "payment-1"), "wrong-step"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void aRefusedPaymentStepStoresNothing(String rule, List<Object> history, Object command, String code) {
        expectRefused(fixture, history, command, ruleViolation(code));
    }

    @Test
    void aPaymentDatedAfterTodayIsRefused() {
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        RecordPaymentCommand command = new RecordPaymentCommand(NEGOTIATION_ID, SPONSOR, "payment-1", amount("1.00"),
                tomorrow, PaymentMethod.PAYPAL, "PP-1");
        expectRefused(fixture, history(OFFERED, AGREED), command,
                constraintViolations("paidOn: " + Rules.PAID_ON_FUTURE));
    }

    @Test
    void aPaymentDatedAfterTheEventClocksTodayIsRefused() {
        fixture.given(OFFERED, AGREED)
                .andGivenCurrentTime(PAID_ON.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
                .when(record(SPONSOR, "payment-1", "200.00", "TR-1"))
                .expectException(constraintViolations("paidOn: " + Rules.PAID_ON_FUTURE))
                .expectNoEvents();
    }

    @Test
    void badInputIsRefusedFieldByField() {
        RecordPaymentCommand command = new RecordPaymentCommand(NEGOTIATION_ID, SPONSOR, "payment-1", amount("1.001"),
                null, null, " ");
        expectRefused(fixture, history(OFFERED, AGREED), command, constraintViolations(
                "amount: " + Rules.AMOUNT_FORMAT, "paidOn: " + Rules.PAID_ON_REQUIRED,
                "method: " + Rules.PAYMENT_METHOD_REQUIRED, "reference: " + Rules.PAYMENT_REFERENCE_REQUIRED));
        expectRefused(fixture, history(OFFERED, AGREED, DEPOSIT),
                new DisputePaymentCommand(NEGOTIATION_ID, INFLUENCER, "payment-1", ""),
                constraintViolations("reason: " + Rules.REASON_REQUIRED));
    }
}
