package com.sponsorship.web.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.validation.Errors;

/** A request failed the constraints of the command it would become; nothing was sent. */
public class InvalidInputException extends RuntimeException {

    private static final Set<String> NESTED_IN_FORMS = Set.of("terms");

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("Invalid input: " + problems);
        this.problems = List.copyOf(problems);
    }

    static InvalidInputException of(Set<? extends ConstraintViolation<?>> violations) {
        return new InvalidInputException(violations.stream()
                .map(v -> new FieldProblem(fieldOf(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .toList());
    }

    /** The field errors of bound request parameters, worded as messages.properties says (as pages show them). */
    public static InvalidInputException of(Errors errors, MessageSource messages) {
        return new InvalidInputException(errors.getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), messages.getMessage(error, Locale.ENGLISH)))
                .toList());
    }

    /**
     * Forms and API requests are flat, so "details.endDate" is reported as "endDate"; except the
     * terms, which forms and bodies nest as the commands do: "terms.deliverables[0].count".
     */
    private static String fieldOf(Path path) {
        if (path.iterator().hasNext() && NESTED_IN_FORMS.contains(path.iterator().next().getName())) {
            return path.toString();
        }
        String field = null;
        for (Path.Node node : path) {
            field = node.getName();
        }
        return field;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
