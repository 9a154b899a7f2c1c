package com.sponsorship.api.campaign;

import com.sponsorship.api.common.PageRequest;

/** One page of a sponsor's own campaigns, newest first. */
public record FindSponsorCampaignsQuery(String sponsorId, PageRequest page) {
}
