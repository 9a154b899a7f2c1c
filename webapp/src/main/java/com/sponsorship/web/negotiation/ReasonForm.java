package com.sponsorship.web.negotiation;

/** Why a party disputes a payment or proposes cancelling a deal (the page forms and the API bodies). */
public class ReasonForm {

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
