package com.sponsorship.web.audit;

import com.sponsorship.api.admin.AdminAction;
import com.sponsorship.api.admin.FindAdminActionsQuery;
import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.validation.Identifier;
import com.sponsorship.api.validation.SupportedDate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The admin-actions log's filters, bound from the query parameters of its page, its CSV and
 * {@code GET /api/v1/audit/admin-actions}: one action (its code), one admin (account id), and UTC
 * days from and to (both included). Each is optional; an unknown action or a malformed day is a
 * binding error of its field, a range that ends before it starts is reported on {@code to}.
 */
public class AdminActionFilters {

    static final String RANGE_REVERSED = "Choose a day on or after the from date";

    private AdminAction action;
    @Identifier
    private String admin;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @SupportedDate
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @SupportedDate
    private LocalDate to;

    void checkDateRange(Errors errors) {
        if (from != null && to != null && to.isBefore(from)) {
            errors.rejectValue("to", "rangeReversed", RANGE_REVERSED);
        }
    }

    /** The query for one page, or for every row when {@code page} is null. */
    FindAdminActionsQuery toQuery(PageRequest page) {
        return new FindAdminActionsQuery(action, admin == null || admin.isBlank() ? null : admin.trim(),
                startOf(from), to == null ? null : startOf(to.plusDays(1)), page);
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public AdminAction getAction() {
        return action;
    }

    public void setAction(AdminAction action) {
        this.action = action;
    }

    public String getAdmin() {
        return admin;
    }

    public void setAdmin(String admin) {
        this.admin = admin;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
