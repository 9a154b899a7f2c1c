package com.sponsorship.web.common;

import com.sponsorship.api.common.DomainRuleException;
import com.sponsorship.api.common.RuleViolation;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;

/** Runs a form's command and puts whatever went wrong next to the field it concerns. */
public final class FormSubmission {

    private FormSubmission() {
    }

    /** @return true when the form was bound without errors and the command was accepted */
    public static boolean submit(BindingResult binding, Runnable command) {
        return submitting(binding, () -> {
            command.run();
            return true;
        }).isPresent();
    }

    /** @return what the accepted command answered (a new id), or nothing when the form or the command was refused */
    public static <T> Optional<T> submitting(BindingResult binding, Supplier<T> command) {
        if (binding.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(command.get());
        } catch (InvalidInputException invalid) {
            invalid.problems().forEach(problem -> reject(binding, problem));
        } catch (DomainRuleException refused) {
            RuleViolation violation = refused.violation();
            reject(binding, new FieldProblem(violation.field(), violation.message()));
        }
        return Optional.empty();
    }

    private static void reject(BindingResult binding, FieldProblem problem) {
        if (problem.field() != null && binding.getFieldType(problem.field()) != null) {
            binding.rejectValue(problem.field(), "invalid", problem.message());
        } else {
            binding.reject("refused", problem.message());
        }
    }
}
