package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import org.axonframework.serialization.Revision;

/**
 * After the last change round the sponsor disputed the draft under review, saying why: it stays
 * under review, but is no longer approved automatically.
 */
@Revision("1")
public record DeliverableDisputedEvent(
        String negotiationId,
        int number,
        String reason,
        Actor actor) implements DeliverableEvent {
}
