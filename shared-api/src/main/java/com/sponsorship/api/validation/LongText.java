package com.sponsorship.api.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.sponsorship.api.common.Rules;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Free text of at most 250 characters (may be empty), on one or more lines. */
@Size(max = Rules.TEXT_MAX, message = Rules.TEXT_TOO_LONG)
@StorableText(lineBreaks = true)
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface LongText {

    String message() default Rules.TEXT_TOO_LONG;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
