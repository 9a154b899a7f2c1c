package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One thing that happened in a negotiation: when, who (account and role), what, the amount on the
 * table afterwards, the message, and the status it left the negotiation in. An offer also shows its
 * terms and what they changed from the previous offer's; an agreement the terms agreed and their
 * digest ({@link Terms#digest()}, null for agreements recorded before terms existed).
 */
public record NegotiationStep(long sequence, Instant at, String actorId, Role actorRole, String action,
                              BigDecimal amount, String message, NegotiationStatus statusAfter, Terms terms,
                              List<String> termsChanges, String termsDigest) {

    public NegotiationStep {
        termsChanges = termsChanges == null ? List.of() : List.copyOf(termsChanges);
    }

    /** A step that shows no terms. */
    public NegotiationStep(long sequence, Instant at, String actorId, Role actorRole, String action, BigDecimal amount,
                           String message, NegotiationStatus statusAfter) {
        this(sequence, at, actorId, actorRole, action, amount, message, statusAfter, null, List.of(), null);
    }
}
