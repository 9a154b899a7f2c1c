package com.sponsorship.api.account;

import com.sponsorship.api.common.Actor;
import org.axonframework.serialization.Revision;

/** The account's sign-in credentials changed; they are never part of an event. */
@Revision("1")
public record CredentialsChangedEvent(
        String accountId,
        Actor actor) {
}
