package com.sponsorship.api.campaign;

import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.PageRequest;

/**
 * What influencers may find: public, open, unflagged campaigns whose name contains {@code text}
 * (any case, may be blank) in {@code category} (null for any), by budget, largest first unless
 * {@code budgetAscending}.
 */
public record SearchCampaignsQuery(String text, Category category, boolean budgetAscending, PageRequest page) {
}
