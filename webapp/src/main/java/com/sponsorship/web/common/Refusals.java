package com.sponsorship.web.common;

import com.sponsorship.api.common.DomainRuleException;
import java.util.stream.Collectors;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Buttons without a form of their own (accept, reject, flag, ...): run the command and carry the
 * outcome to the next page as a notice or a problem message.
 */
public final class Refusals {

    private Refusals() {
    }

    public static String run(RedirectAttributes redirect, String redirectTo, String notice, Runnable command) {
        try {
            command.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (DomainRuleException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("problem", invalid.problems().stream()
                    .map(problem -> label(problem) + problem.message()).collect(Collectors.joining("; ")));
        }
        return "redirect:" + redirectTo;
    }

    private static String label(FieldProblem problem) {
        return problem.field() == null ? "" : problem.field() + ": ";
    }
}
