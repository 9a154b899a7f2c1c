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

/** What a user types into a search box: one line of at most 100 characters (may be empty). */
@Size(max = Rules.SEARCH_MAX, message = Rules.SEARCH_TOO_LONG)
@StorableText
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface SearchText {

    String message() default Rules.SEARCH_TOO_LONG;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
