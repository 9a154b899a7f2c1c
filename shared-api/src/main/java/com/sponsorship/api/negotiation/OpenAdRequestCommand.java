package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Rules;
import com.sponsorship.api.validation.AnswerWithinDays;
import com.sponsorship.api.validation.Identifier;
import com.sponsorship.api.validation.LongText;
import com.sponsorship.api.validation.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A sponsor offers paid promotion of its campaign to one influencer, or to any (no influencer).
 * Without terms the request asks for one OTHER deliverable described by the requirements, due at
 * the campaign's end; the offer waits {@code answerWithinDays} (default 7) for an answer.
 */
public record OpenAdRequestCommand(
        @TargetAggregateIdentifier @NotBlank(message = Rules.ID_REQUIRED) @Identifier String negotiationId,
        @NotNull(message = Rules.ACTOR_REQUIRED) @Valid Actor actor,
        @NotBlank(message = "Choose a campaign") @Identifier String campaignId,
        @Identifier String influencerId,
        @LongText String message,
        @LongText String requirements,
        @Money BigDecimal paymentAmount,
        @Valid Terms terms,
        @AnswerWithinDays Integer answerWithinDays) {

    /** Standard terms, answer within the default time. */
    public OpenAdRequestCommand(String negotiationId, Actor actor, String campaignId, String influencerId,
                                String message, String requirements, BigDecimal paymentAmount) {
        this(negotiationId, actor, campaignId, influencerId, message, requirements, paymentAmount, null, null);
    }
}
