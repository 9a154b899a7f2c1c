package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Role;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One thing that happened in a negotiation: when, who (account and role), what, the amount on the
 * table afterwards, the message, and the status it left the negotiation in.
 */
public record NegotiationStep(long sequence, Instant at, String actorId, Role actorRole, String action,
                              BigDecimal amount, String message, NegotiationStatus statusAfter) {
}
