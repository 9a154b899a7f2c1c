package com.sponsorship.api.account;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Industry;

public record SponsorProfileUpdatedEvent(
        String accountId,
        String name,
        Industry industry,
        Actor actor) {
}
