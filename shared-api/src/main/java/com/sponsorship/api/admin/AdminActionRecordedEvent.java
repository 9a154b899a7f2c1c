package com.sponsorship.api.admin;

import com.sponsorship.api.common.Actor;
import org.axonframework.serialization.Revision;

/** An admin's upkeep action (see {@link AdminAction#upkeep()}), in the admin's account stream. */
@Revision("1")
public record AdminActionRecordedEvent(
        String accountId,
        AdminAction action,
        String targetId,
        String reason,
        Actor actor) {
}
