package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import org.axonframework.serialization.Revision;

/** The sponsor asked for changes to the draft of a deliverable, saying what (one more change round). */
@Revision("1")
public record ChangesRequestedEvent(
        String negotiationId,
        int number,
        String note,
        Actor actor) implements DeliverableEvent {
}
