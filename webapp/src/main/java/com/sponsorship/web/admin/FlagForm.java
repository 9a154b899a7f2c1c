package com.sponsorship.web.admin;

/** Why an admin flags an account or a campaign, or ends a disputed deal. */
public class FlagForm {

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
