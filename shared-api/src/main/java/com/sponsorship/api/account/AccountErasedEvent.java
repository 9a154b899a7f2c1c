package com.sponsorship.api.account;

import com.sponsorship.api.common.Actor;
import org.axonframework.serialization.Revision;

/** The account's personal data was erased: its key is deleted, so its name and e-mail read as erased everywhere. */
@Revision("1")
public record AccountErasedEvent(
        String accountId,
        String reason,
        Actor actor) {
}
