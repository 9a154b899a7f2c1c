package com.sponsorship.web.audit;

import com.sponsorship.api.admin.AdminActionPage;
import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.validation.PageNumber;
import com.sponsorship.api.validation.PageSize;
import com.sponsorship.web.common.InvalidInputException;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The admin-actions log over the API (auditors and admins): a page, newest first; filters as {@link AdminActionFilters}. */
@RestController
class AdminActionsApiController {

    private final AdminActionLog log;
    private final MessageSource messages;

    AdminActionsApiController(AdminActionLog log, MessageSource messages) {
        this.log = log;
        this.messages = messages;
    }

    @GetMapping("/api/v1/audit/admin-actions")
    AdminActionPage list(@Valid @ModelAttribute AdminActionFilters filters, BindingResult binding,
                         @RequestParam(defaultValue = "0") @PageNumber int page,
                         @RequestParam(defaultValue = "20") @PageSize int size) {
        filters.checkDateRange(binding);
        if (binding.hasErrors()) {
            throw InvalidInputException.of(binding, messages);
        }
        return log.page(filters, new PageRequest(page, size));
    }
}
