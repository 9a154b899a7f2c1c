package com.sponsorship.api.account;

import com.sponsorship.api.common.Actor;
import org.axonframework.serialization.Revision;

/** {@code reason} is null in events stored before admins gave one (nothing to upcast: Jackson reads it as absent). */
@Revision("1")
public record AccountFlagClearedEvent(
        String accountId,
        Actor actor,
        String reason) {
}
