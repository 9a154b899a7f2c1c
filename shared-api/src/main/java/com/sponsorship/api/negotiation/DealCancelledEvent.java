package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/**
 * An agreed deal ended before completion: the other party accepted a proposed cancellation, or an
 * admin ended a disputed deal. {@code released} is what was still outstanding (agreed minus paid);
 * the campaign gives it back to its budget in the same unit of work
 * ({@link com.sponsorship.api.campaign.BudgetReleasedEvent}).
 */
@Revision("1")
public record DealCancelledEvent(
        String negotiationId,
        String campaignId,
        BigDecimal released,
        String reason,
        Actor actor) implements NegotiationEvent {
}
