package com.sponsorship.api.campaign;

import com.sponsorship.api.common.Actor;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** An agreement took this amount out of the campaign's remaining budget. */
@Revision("1")
public record BudgetCommittedEvent(
        String campaignId,
        String negotiationId,
        BigDecimal amount,
        BigDecimal committedTotal,
        Actor actor) {
}
