package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Revision 1 added {@code terms} and {@code answerBy} (the offer's answer deadline); events stored
 * before have them filled in by {@code com.sponsorship.api.upcasting.AdRequestOpenedUpcaster}.
 */
@Revision("1")
public record AdRequestOpenedEvent(
        String negotiationId,
        String campaignId,
        String sponsorId,
        String influencerId,
        String message,
        String requirements,
        BigDecimal paymentAmount,
        Actor actor,
        Terms terms,
        Instant answerBy) implements NegotiationEvent {

    /** Without terms or deadline, as before revision 1. */
    public AdRequestOpenedEvent(String negotiationId, String campaignId, String sponsorId, String influencerId,
                                String message, String requirements, BigDecimal paymentAmount, Actor actor) {
        this(negotiationId, campaignId, sponsorId, influencerId, message, requirements, paymentAmount, actor, null, null);
    }
}
