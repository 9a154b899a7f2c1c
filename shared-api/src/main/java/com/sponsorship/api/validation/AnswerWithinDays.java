package com.sponsorship.api.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.sponsorship.api.common.Rules;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** How many days an offer waits for its answer: 1 to 30. Null passes (the default, 7, applies). */
@Min(value = AnswerWithinDays.MIN, message = Rules.ANSWER_WITHIN_RANGE)
@Max(value = AnswerWithinDays.MAX, message = Rules.ANSWER_WITHIN_RANGE)
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface AnswerWithinDays {

    int MIN = 1;
    int MAX = 30;
    int DEFAULT = 7;

    String message() default Rules.ANSWER_WITHIN_RANGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
