package com.sponsorship.command.lookup;

/** What negotiations need to know about their campaign. */
public record CampaignState(String campaignId, String sponsorId, boolean closed, boolean flagged) {
}
