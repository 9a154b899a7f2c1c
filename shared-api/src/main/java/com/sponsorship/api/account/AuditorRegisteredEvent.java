package com.sponsorship.api.account;

import com.sponsorship.api.common.Actor;

public record AuditorRegisteredEvent(
        String accountId,
        String name,
        String email,
        Actor actor) {
}
