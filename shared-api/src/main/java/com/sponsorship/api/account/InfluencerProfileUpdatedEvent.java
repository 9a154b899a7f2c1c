package com.sponsorship.api.account;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Category;
import org.axonframework.serialization.Revision;

@Revision("1")
public record InfluencerProfileUpdatedEvent(
        String accountId,
        String name,
        Category category,
        long reach,
        Actor actor) {
}
