package com.sponsorship.api.account;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Category;
import org.axonframework.serialization.Revision;

@Revision("1")
public record InfluencerRegisteredEvent(
        String accountId,
        String name,
        String email,
        Category category,
        long reach,
        Actor actor) {
}
