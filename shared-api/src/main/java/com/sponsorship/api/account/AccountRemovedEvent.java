package com.sponsorship.api.account;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Role;

public record AccountRemovedEvent(
        String accountId,
        Role role,
        Actor actor) {
}
