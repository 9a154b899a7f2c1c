package com.sponsorship.query.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.sponsorship.api.campaign.SearchCampaignsQuery;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.PageRequest;
import org.junit.jupiter.api.Test;

class CampaignProjectionTest {

    @Test
    void campaignSearchFiltersByNameAndCategoryWhenGiven() {
        PageRequest page = new PageRequest(0, 5);
        assertThat(CampaignProjection.search(new SearchCampaignsQuery("Spring", Category.FITNESS, true, page))
                .parameters()).containsExactly(entry("name", "%spring%"), entry("category", Category.FITNESS));
        assertThat(CampaignProjection.search(new SearchCampaignsQuery(null, null, false, page)).parameters()).isEmpty();
    }
}
