package com.sponsorship.api.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.sponsorship.api.common.Rules;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The end date of a {@link Dated} value is not before its start date; reported on {@code endDate}. */
@Constraint(validatedBy = StartNotAfterEndValidator.class)
@Documented
@Target(TYPE)
@Retention(RUNTIME)
public @interface StartNotAfterEnd {

    String message() default Rules.END_BEFORE_START;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
