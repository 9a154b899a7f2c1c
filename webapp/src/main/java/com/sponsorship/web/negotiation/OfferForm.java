package com.sponsorship.web.negotiation;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.negotiation.ApplyToAdRequestCommand;
import com.sponsorship.api.negotiation.CounterOfferCommand;
import java.math.BigDecimal;

/**
 * An amount and a message: applying to an open request (on its terms), or countering, which may
 * change the terms (none: unchanged); either may choose how many days the other side has to answer.
 */
public class OfferForm extends OfferTerms {

    private BigDecimal paymentAmount;
    private String message;

    public ApplyToAdRequestCommand toApplyCommand(String negotiationId, Actor influencer) {
        return new ApplyToAdRequestCommand(negotiationId, influencer, paymentAmount, message, getAnswerWithinDays());
    }

    public CounterOfferCommand toCounterCommand(String negotiationId, Actor actor) {
        return new CounterOfferCommand(negotiationId, actor, paymentAmount, message, offeredTerms(), getAnswerWithinDays());
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
