package com.sponsorship.api.account;

import com.sponsorship.api.common.Actor;

/** The account's sign-in credentials changed; they are never part of an event. */
public record CredentialsChangedEvent(
        String accountId,
        Actor actor) {
}
