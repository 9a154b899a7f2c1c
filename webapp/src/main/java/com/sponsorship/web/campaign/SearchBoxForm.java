package com.sponsorship.web.campaign;

import com.sponsorship.api.validation.SearchText;

/** The name typed into the search page's box ({@code q}), checked with {@code @Valid} like every other input. */
public class SearchBoxForm {

    @SearchText
    private String q = "";

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
