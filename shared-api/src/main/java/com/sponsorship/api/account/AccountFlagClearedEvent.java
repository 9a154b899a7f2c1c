package com.sponsorship.api.account;

import com.sponsorship.api.common.Actor;

public record AccountFlagClearedEvent(
        String accountId,
        Actor actor) {
}
