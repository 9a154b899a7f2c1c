package com.sponsorship.api.account;

import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.PageRequest;

/**
 * What sponsors may find: influencers (not flagged, not removed) whose name contains {@code text}
 * (any case, may be blank) in {@code category} (null for any), by reach, largest first unless
 * {@code reachAscending}.
 */
public record SearchInfluencersQuery(String text, Category category, boolean reachAscending, PageRequest page) {
}
