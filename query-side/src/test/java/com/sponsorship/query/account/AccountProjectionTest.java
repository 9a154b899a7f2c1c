package com.sponsorship.query.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.sponsorship.api.account.SearchInfluencersQuery;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.PageRequest;
import org.junit.jupiter.api.Test;

class AccountProjectionTest {

    @Test
    void influencerSearchFiltersByNameAndCategoryWhenGiven() {
        PageRequest page = new PageRequest(0, 5);
        assertThat(AccountProjection.influencers(new SearchInfluencersQuery(" Ivy ", Category.BEAUTY, true, page))
                .parameters()).containsExactly(entry("name", "%ivy%"), entry("category", Category.BEAUTY));
        assertThat(AccountProjection.influencers(new SearchInfluencersQuery("", null, false, page)).parameters())
                .isEmpty();
    }
}
