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
 * Text that PostgreSQL can store and read back unchanged: no NUL or other control characters
 * (tab, line feed and carriage return only where {@link #lineBreaks()} allows them), and no half
 * of a UTF-16 surrogate pair (it cannot be encoded as UTF-8). Null passes.
 */
@Constraint(validatedBy = StorableTextValidator.class)
@Documented
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface StorableText {

    String message() default Rules.TEXT_CONTROL_CHARACTERS;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Whether tab, line feed and carriage return are allowed (long texts). */
    boolean lineBreaks() default false;
}
