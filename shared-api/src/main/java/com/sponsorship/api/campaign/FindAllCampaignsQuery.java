package com.sponsorship.api.campaign;

import com.sponsorship.api.common.PageRequest;

/** Every campaign, newest first (admin). */
public record FindAllCampaignsQuery(PageRequest page) {
}
