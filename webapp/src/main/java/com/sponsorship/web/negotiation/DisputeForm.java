package com.sponsorship.web.negotiation;

/** Why the influencer disputes a payment (the page form and the API body). */
public class DisputeForm {

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
