package com.sponsorship.api.account;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Industry;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SponsorProfileUpdatedEvent(
        String accountId,
        String name,
        Industry industry,
        Actor actor) {
}
