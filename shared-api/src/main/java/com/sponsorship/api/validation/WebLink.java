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
 * A web link: an absolute http or https URL with a host, no spaces or control characters, at most
 * {@link Rules#LINK_MAX} characters. Null and blank pass (left to @NotBlank).
 */
@Constraint(validatedBy = WebLinkValidator.class)
@Documented
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface WebLink {

    String message() default Rules.LINK_INVALID;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
