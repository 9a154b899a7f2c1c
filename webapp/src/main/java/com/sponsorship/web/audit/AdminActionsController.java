package com.sponsorship.web.audit;

import com.sponsorship.api.admin.AdminAction;
import com.sponsorship.api.common.PageRequest;
import com.sponsorship.web.common.InvalidInputException;
import com.sponsorship.web.common.PageController;
import jakarta.validation.Valid;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * The "Admin actions" page for auditors and admins: the log, newest first, with its filters, and
 * its CSV export under the same filters. Filters in error are shown next to their fields and
 * nothing is listed (the CSV answers 400 with the problems as text).
 */
@PageController
class AdminActionsController {

    private static final int PAGE_SIZE = 20;

    private final AdminActionLog log;
    private final MessageSource messages;

    AdminActionsController(AdminActionLog log, MessageSource messages) {
        this.log = log;
        this.messages = messages;
    }

    @GetMapping("/audit/admin-actions")
    String page(@Valid @ModelAttribute("filters") AdminActionFilters filters, BindingResult binding,
                @RequestParam(defaultValue = "0") int page, Model model) {
        filters.checkDateRange(binding);
        model.addAttribute("actions", AdminAction.values());
        if (!binding.hasErrors()) {
            model.addAttribute("log", log.page(filters, new PageRequest(page, PAGE_SIZE)));
            model.addAttribute("csvLink", csvLink());
        }
        return "admin-actions";
    }

    @GetMapping("/audit/admin-actions.csv")
    ResponseEntity<String> csv(@Valid @ModelAttribute AdminActionFilters filters, BindingResult binding) {
        filters.checkDateRange(binding);
        if (binding.hasErrors()) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(
                    InvalidInputException.of(binding, messages).problems().stream()
                            .map(problem -> problem.field() + ": " + problem.message())
                            .collect(Collectors.joining("\n")));
        }
        return AdminActionCsv.download(log.all(filters));
    }

    /** The CSV under the filters of the current request. */
    private static String csvLink() {
        UriComponents csv = ServletUriComponentsBuilder.fromCurrentRequest()
                .replacePath("/audit/admin-actions.csv").replaceQueryParam("page").build();
        return csv.getQuery() == null ? csv.getPath() : csv.getPath() + "?" + csv.getQuery();
    }
}
