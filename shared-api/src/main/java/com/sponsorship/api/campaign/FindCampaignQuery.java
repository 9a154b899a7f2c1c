package com.sponsorship.api.campaign;

public record FindCampaignQuery(String campaignId) {
}
