package com.sponsorship.web.negotiation;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.negotiation.PaymentMethod;
import com.sponsorship.api.negotiation.RecordPaymentCommand;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A payment the sponsor records: amount, date paid, method and reference (the page form and the API body). */
public class PaymentForm {

    private BigDecimal amount;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate paidOn;
    private PaymentMethod method;
    private String reference;

    RecordPaymentCommand toCommand(String negotiationId, Actor sponsor, String paymentId) {
        return new RecordPaymentCommand(negotiationId, sponsor, paymentId, amount, paidOn, method, reference);
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public void setMethod(PaymentMethod method) {
        this.method = method;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
