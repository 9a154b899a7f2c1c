package com.sponsorship.api.account;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Category;

public record InfluencerRegisteredEvent(
        String accountId,
        String name,
        String email,
        Category category,
        long reach,
        Actor actor) {
}
