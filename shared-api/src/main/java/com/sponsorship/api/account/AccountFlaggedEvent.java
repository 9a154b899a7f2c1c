package com.sponsorship.api.account;

import com.sponsorship.api.common.Actor;
import org.axonframework.serialization.Revision;

@Revision("1")
public record AccountFlaggedEvent(
        String accountId,
        String reason,
        Actor actor) {
}
