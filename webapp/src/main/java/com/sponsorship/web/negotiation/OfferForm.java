package com.sponsorship.web.negotiation;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.negotiation.ApplyToAdRequestCommand;
import com.sponsorship.api.negotiation.CounterOfferCommand;
import java.math.BigDecimal;

/** An amount and a message: applying to an open request, or countering. */
public class OfferForm {

    private BigDecimal paymentAmount;
    private String message;

    public ApplyToAdRequestCommand toApplyCommand(String negotiationId, Actor influencer) {
        return new ApplyToAdRequestCommand(negotiationId, influencer, paymentAmount, message);
    }

    public CounterOfferCommand toCounterCommand(String negotiationId, Actor actor) {
        return new CounterOfferCommand(negotiationId, actor, paymentAmount, message);
    }

    public BigDecimal getPaymentAmount() {
        return paymentAmount;
    }

    public void setPaymentAmount(BigDecimal paymentAmount) {
        this.paymentAmount = paymentAmount;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
