package com.sponsorship.web.negotiation;

import com.sponsorship.api.negotiation.Terms;

/** What the ad-request and counter-offer forms share: the terms fields and the days the other side has to answer. */
public abstract class OfferTerms {

    private TermsForm terms;
    private Integer answerWithinDays;

    /** For a page: the terms fields, showing {@code onTable} (none: empty) until the user changes them. */
    public void showTermsFields(Terms onTable) {
        terms = terms == null ? TermsForm.showing(onTable) : terms.withPageRows();
    }

    /** The terms the form gives: none when they were left out or blank. */
    Terms offeredTerms() {
        return TermsForm.of(terms);
    }

    public TermsForm getTerms() {
        return terms;
    }

    public void setTerms(TermsForm terms) {
        this.terms = terms;
    }

    public Integer getAnswerWithinDays() {
        return answerWithinDays;
    }

    public void setAnswerWithinDays(Integer answerWithinDays) {
        this.answerWithinDays = answerWithinDays;
    }
}
