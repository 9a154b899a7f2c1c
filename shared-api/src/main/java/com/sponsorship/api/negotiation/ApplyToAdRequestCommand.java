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

/** An influencer answers an open request with the payment it proposes, on the request's terms. */
public record ApplyToAdRequestCommand(
        @TargetAggregateIdentifier @NotBlank(message = Rules.ID_REQUIRED) @Identifier String negotiationId,
        @NotNull(message = Rules.ACTOR_REQUIRED) @Valid Actor actor,
        @Money BigDecimal paymentAmount,
        @LongText String message,
        @AnswerWithinDays Integer answerWithinDays) {

    /** Answer within the default time. */
    public ApplyToAdRequestCommand(String negotiationId, Actor actor, BigDecimal paymentAmount, String message) {
        this(negotiationId, actor, paymentAmount, message, null);
    }
}
