package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The offer on the table was not answered by {@code answerBy}: the negotiation ends, nothing was committed. */
@Revision("1")
public record NegotiationExpiredEvent(
        String negotiationId,
        Instant answerBy,
        Actor actor) implements NegotiationEvent {
}
