package com.sponsorship.api.account;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Role;
import org.axonframework.serialization.Revision;

/** {@code reason} is null in events stored before admins gave one. */
@Revision("1")
public record AccountRemovedEvent(
        String accountId,
        Role role,
        Actor actor,
        String reason) {
}
