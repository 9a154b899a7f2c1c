package com.sponsorship.api.account;

import com.sponsorship.api.common.Actor;

public record AccountFlaggedEvent(
        String accountId,
        String reason,
        Actor actor) {
}
