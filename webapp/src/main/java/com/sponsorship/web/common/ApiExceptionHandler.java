package com.sponsorship.web.common;

import com.sponsorship.api.common.DomainRuleException;
import com.sponsorship.api.common.Refusal;
import com.sponsorship.api.common.RuleViolation;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;

/** Every API error is an application/problem+json body; input errors list the fields at fault. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler {

    private static final String WRONG_TYPE = "Give a value of the right kind (a number, a text or a date, as documented)";

    @ExceptionHandler
    ProblemDetail invalid(InvalidInputException invalid) {
        return invalidInput(invalid.problems());
    }

    /** Malformed JSON, or a value of the wrong type (text where a number or date belongs). */
    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
        if (unreadable.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            return invalidInput(List.of(new FieldProblem(fieldPath(jackson.getPath()), WRONG_TYPE)));
        }
        return invalidInput(List.of(new FieldProblem(null, "The request body is not valid JSON")));
    }

    /** Query parameters that break their rules, like q with a NUL or size=1000. */
    @ExceptionHandler
    ProblemDetail invalidParameters(HandlerMethodValidationException invalid) {
        return invalidInput(invalid.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(parameterName(result), error.getDefaultMessage())))
                .toList());
    }

    /**
     * The framework's own refusals (a wrong Content-Type: 415, a wrong method: 405, a missing
     * parameter: 400) keep their status, as problem+json like every other error.
     */
    @ExceptionHandler({HttpMediaTypeNotSupportedException.class, HttpRequestMethodNotSupportedException.class,
            MissingServletRequestParameterException.class, HttpMediaTypeNotAcceptableException.class})
    ProblemDetail framework(Exception refused) {
        return ((ErrorResponse) refused).getBody();
    }

    /** A parameter of the wrong type, like page=abc. */
    @ExceptionHandler
    ProblemDetail mismatch(MethodArgumentTypeMismatchException mismatch) {
        return invalidInput(List.of(new FieldProblem(mismatch.getName(), WRONG_TYPE)));
    }

    /**
     * A broken rule answers the status its {@link Refusal} carries: acting for someone else or in the
     * wrong role is forbidden (403), any other broken rule is a conflict (409).
     */
    @ExceptionHandler
    ProblemDetail refused(DomainRuleException refused) {
        RuleViolation violation = refused.violation();
        Refusal refusal = violation.refusal();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(refusal.status()),
                violation.message());
        problem.setTitle(refusal.forbidden() ? "Forbidden" : "Refused");
        problem.setProperty("code", violation.code());
        if (violation.field() != null) {
            problem.setProperty("errors", List.of(new FieldProblem(violation.field(), violation.message())));
        }
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException notFound) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, notFound.getMessage());
    }

    /** The field as bean validation names it ({@code terms.deliverables[0].count}), not only its last step. */
    private static String fieldPath(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference step : path) {
            if (step.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? null : field.toString();
    }

    private static String parameterName(ParameterValidationResult result) {
        RequestParam param = result.getMethodParameter().getParameterAnnotation(RequestParam.class);
        return param != null && !param.name().isEmpty() ? param.name() : result.getMethodParameter().getParameterName();
    }

    private static ProblemDetail invalidInput(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Some fields are missing or invalid");
        problem.setTitle("Invalid input");
        problem.setProperty("errors", problems);
        return problem;
    }
}
