package com.sponsorship.web.negotiation;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.negotiation.EditAdRequestCommand;
import com.sponsorship.api.negotiation.OpenAdRequestCommand;
import java.math.BigDecimal;

/**
 * Opening or editing an ad request; the body of POST /api/v1/campaigns/{id}/ad-requests. No
 * influencer: open to any. No terms: one OTHER deliverable due at the campaign's end. Editing keeps
 * the terms and the answer deadline.
 */
public class AdRequestForm extends OfferTerms {

    private String influencerId;
    private String message;
    private String requirements;
    private BigDecimal paymentAmount;

    public OpenAdRequestCommand toOpenCommand(String negotiationId, Actor sponsor, String campaignId) {
        String addressee = influencerId == null || influencerId.isBlank() ? null : influencerId.strip();
        return new OpenAdRequestCommand(negotiationId, sponsor, campaignId, addressee, message, requirements,
                paymentAmount, offeredTerms(), getAnswerWithinDays());
    }

    public EditAdRequestCommand toEditCommand(String negotiationId, Actor sponsor) {
        return new EditAdRequestCommand(negotiationId, sponsor, message, requirements, paymentAmount);
    }

    public String getInfluencerId() {
        return influencerId;
    }

    public void setInfluencerId(String influencerId) {
        this.influencerId = influencerId;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getRequirements() {
        return requirements;
    }

    public void setRequirements(String requirements) {
        this.requirements = requirements;
    }

    public BigDecimal getPaymentAmount() {
        return paymentAmount;
    }

    public void setPaymentAmount(BigDecimal paymentAmount) {
        this.paymentAmount = paymentAmount;
    }
}
