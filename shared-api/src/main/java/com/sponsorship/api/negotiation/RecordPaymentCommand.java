package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Rules;
import com.sponsorship.api.validation.Identifier;
import com.sponsorship.api.validation.Money;
import com.sponsorship.api.validation.NotAfterToday;
import com.sponsorship.api.validation.StorableText;
import com.sponsorship.api.validation.SupportedDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The sponsor of an agreed deal records a payment (a deposit, the rest, ...) of at most what is still outstanding. */
public record RecordPaymentCommand(
        @TargetAggregateIdentifier @NotBlank(message = Rules.ID_REQUIRED) @Identifier String negotiationId,
        @NotNull(message = Rules.ACTOR_REQUIRED) @Valid Actor actor,
        @NotBlank(message = Rules.ID_REQUIRED) @Identifier String paymentId,
        @Money BigDecimal amount,
        @NotNull(message = Rules.PAID_ON_REQUIRED) @SupportedDate
        @NotAfterToday LocalDate paidOn,
        @NotNull(message = Rules.PAYMENT_METHOD_REQUIRED) PaymentMethod method,
        @NotBlank(message = Rules.PAYMENT_REFERENCE_REQUIRED)
        @Size(max = Rules.REFERENCE_MAX, message = Rules.PAYMENT_REFERENCE_TOO_LONG) @StorableText String reference) {
}
