package com.sponsorship.api.campaign;

import com.sponsorship.api.common.PageInfo;
import java.util.List;

/** A concrete page type, so that it survives serialization over Axon Server. */
public record CampaignPage(List<CampaignView> content, PageInfo page) {
}
