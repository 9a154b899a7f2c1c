package com.sponsorship.api.account;

import com.sponsorship.api.common.Actor;
import org.axonframework.serialization.Revision;

@Revision("1")
public record AuditorRegisteredEvent(
        String accountId,
        String name,
        String email,
        Actor actor) {
}
