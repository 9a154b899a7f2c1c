package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The influencer submitted a draft of a deliverable for review; the sponsor's silence until
 * {@code reviewBy} approves it automatically.
 */
@Revision("1")
public record DraftSubmittedEvent(
        String negotiationId,
        int number,
        String url,
        String note,
        Instant reviewBy,
        Actor actor) implements DeliverableEvent {
}
