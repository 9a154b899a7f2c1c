package com.sponsorship.api.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.common.Rules;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** How many rows a page of a list holds: 1 to 100. */
@Min(value = 1, message = Rules.PAGE_SIZE_RANGE)
@Max(value = PageRequest.MAX_SIZE, message = Rules.PAGE_SIZE_RANGE)
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PageSize {

    String message() default Rules.PAGE_SIZE_RANGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
