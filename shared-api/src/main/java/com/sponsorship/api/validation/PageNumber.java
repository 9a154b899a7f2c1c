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

/** A page number of a list: 0 or more, small enough that the rows it skips can be counted. */
@Min(value = 0, message = Rules.PAGE_NEGATIVE)
@Max(value = PageRequest.MAX_NUMBER, message = Rules.PAGE_TOO_FAR)
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PageNumber {

    String message() default Rules.PAGE_NEGATIVE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
