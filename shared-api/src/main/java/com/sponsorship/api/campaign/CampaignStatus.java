package com.sponsorship.api.campaign;

public enum CampaignStatus {
    OPEN, CLOSED
}
