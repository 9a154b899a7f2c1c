package com.sponsorship.web.negotiation;

/**
 * What the parties give about one deliverable (the page forms and the API bodies): a link (the
 * draft's or the live one), a note (with a draft, or the changes the sponsor asks for) and the
 * reason the sponsor disputes a draft.
 */
public class DeliverableForm {

    private String url;
    private String note;
    private String reason;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
