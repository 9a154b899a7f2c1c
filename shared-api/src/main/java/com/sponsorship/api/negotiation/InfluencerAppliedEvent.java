package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Revision 1 added {@code terms} (the request's, which applying keeps) and {@code answerBy};
 * see {@code com.sponsorship.api.upcasting.OfferMessageUpcaster}.
 */
@Revision("1")
public record InfluencerAppliedEvent(
        String negotiationId,
        String influencerId,
        BigDecimal paymentAmount,
        String message,
        Actor actor,
        Terms terms,
        Instant answerBy) implements NegotiationEvent {

    /** Without terms or deadline, as before revision 1. */
    public InfluencerAppliedEvent(String negotiationId, String influencerId, BigDecimal paymentAmount, String message,
                                  Actor actor) {
        this(negotiationId, influencerId, paymentAmount, message, actor, null, null);
    }
}
