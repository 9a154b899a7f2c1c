package com.sponsorship.api.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.sponsorship.api.common.Rules;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A name of an account or a campaign: required, at most 45 letters, digits, spaces, '-' or '_'. */
@NotBlank(message = Rules.NAME_REQUIRED)
@Size(max = Rules.NAME_MAX, message = Rules.NAME_TOO_LONG)
@Pattern(regexp = Rules.NAME_PATTERN, message = Rules.NAME_CHARACTERS)
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface DisplayName {

    String message() default Rules.NAME_CHARACTERS;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
