package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/**
 * Revision 1 added the exact {@code terms} agreed and {@code termsDigest}, {@link Terms#digest()} of
 * them, so the history proves what was accepted. Agreements stored before are upcast with both
 * null: their terms were never recorded ({@code com.sponsorship.api.upcasting.AgreementTermsUpcaster}).
 */
@Revision("1")
public record NegotiationAgreedEvent(
        String negotiationId,
        String campaignId,
        String sponsorId,
        String influencerId,
        BigDecimal paymentAmount,
        Actor actor,
        Terms terms,
        String termsDigest) implements NegotiationEvent {

    /** Without terms, as before revision 1. */
    public NegotiationAgreedEvent(String negotiationId, String campaignId, String sponsorId, String influencerId,
                                  BigDecimal paymentAmount, Actor actor) {
        this(negotiationId, campaignId, sponsorId, influencerId, paymentAmount, actor, null, null);
    }
}
