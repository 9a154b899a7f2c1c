package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import org.axonframework.serialization.Revision;

/**
 * The draft of a deliverable was approved: by the sponsor, or {@code automatic}ally (by the
 * platform) when the sponsor did not answer in time.
 */
@Revision("1")
public record DraftApprovedEvent(
        String negotiationId,
        int number,
        boolean automatic,
        Actor actor) implements DeliverableEvent {
}
