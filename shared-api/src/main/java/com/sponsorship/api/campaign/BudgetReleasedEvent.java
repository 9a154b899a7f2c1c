package com.sponsorship.api.campaign;

import com.sponsorship.api.common.Actor;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** A cancelled deal gave what it had not paid of its committed amount back to the campaign's remaining budget. */
@Revision("1")
public record BudgetReleasedEvent(
        String campaignId,
        String negotiationId,
        BigDecimal amount,
        BigDecimal committedTotal,
        Actor actor) {
}
