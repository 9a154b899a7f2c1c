package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import org.axonframework.serialization.Revision;

/** The influencer published an approved deliverable: {@code url} is where it is live. */
@Revision("1")
public record DeliverableLiveEvent(
        String negotiationId,
        int number,
        String url,
        Actor actor) implements DeliverableEvent {
}
