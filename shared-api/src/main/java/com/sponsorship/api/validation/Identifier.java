package com.sponsorship.api.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.sponsorship.api.common.Rules;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The id of an account, a campaign or a negotiation (blank and null are left to @NotBlank / @NotNull). */
@Pattern(regexp = Rules.ID_PATTERN, message = Rules.ID_INVALID)
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Identifier {

    String message() default Rules.ID_INVALID;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
