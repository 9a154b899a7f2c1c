package com.sponsorship.api.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.sponsorship.api.common.Rules;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An amount of money: greater than 0, at most 2 decimals. */
@NotNull(message = Rules.AMOUNT_REQUIRED)
@DecimalMin(value = Rules.MONEY_MIN, message = Rules.AMOUNT_POSITIVE)
@Digits(integer = Rules.MONEY_INTEGER_DIGITS, fraction = Rules.MONEY_FRACTION_DIGITS, message = Rules.AMOUNT_FORMAT)
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Money {

    String message() default Rules.AMOUNT_FORMAT;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
