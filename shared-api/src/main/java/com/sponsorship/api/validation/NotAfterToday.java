package com.sponsorship.api.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.sponsorship.api.common.Rules;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A date that is today or earlier, "today" being the event clock's day in UTC (like every date
 * rule of the platform; the demo generator's simulated clock included), not the JVM's time zone.
 * Null passes.
 */
@Constraint(validatedBy = NotAfterTodayValidator.class)
@Documented
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface NotAfterToday {

    String message() default Rules.PAID_ON_FUTURE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
