package com.sponsorship.web.negotiation;

import com.sponsorship.api.negotiation.NegotiationFilters;
import com.sponsorship.api.negotiation.NegotiationStatus;
import com.sponsorship.api.validation.SearchText;
import com.sponsorship.web.common.DayRangeFilter;

/**
 * The negotiation search filters, bound from the query parameters of the ad requests page and of
 * {@code GET /api/v1/ad-requests}. A malformed date or an unknown status is a binding error of its
 * field (worded in messages.properties); a range that ends before it starts is reported on {@code to}.
 * Checked with {@code @Valid}: search texts and dates follow the shared input rules.
 */
public class NegotiationSearchForm extends DayRangeFilter {

    @SearchText
    private String campaign;
    @SearchText
    private String sponsor;
    @SearchText
    private String influencer;
    private NegotiationStatus status;

    public NegotiationFilters toFilters() {
        return new NegotiationFilters(campaign, sponsor, influencer, status, getFrom(), getTo());
    }

    public String getCampaign() {
        return campaign;
    }

    public void setCampaign(String campaign) {
        this.campaign = campaign;
    }

    public String getSponsor() {
        return sponsor;
    }

    public void setSponsor(String sponsor) {
        this.sponsor = sponsor;
    }

    public String getInfluencer() {
        return influencer;
    }

    public void setInfluencer(String influencer) {
        this.influencer = influencer;
    }

    public NegotiationStatus getStatus() {
        return status;
    }

    public void setStatus(NegotiationStatus status) {
        this.status = status;
    }
}
