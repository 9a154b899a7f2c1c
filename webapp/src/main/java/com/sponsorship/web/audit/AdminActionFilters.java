package com.sponsorship.web.audit;

import com.sponsorship.api.admin.AdminAction;
import com.sponsorship.api.admin.FindAdminActionsQuery;
import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.validation.Identifier;
import com.sponsorship.web.common.DayRangeFilter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The admin-actions log's filters, bound from the query parameters of its page, its CSV and
 * {@code GET /api/v1/audit/admin-actions}: one action (its code), one admin (account id), and UTC
 * days from and to (both included). Each is optional; an unknown action is a binding error of its field.
 */
public class AdminActionFilters extends DayRangeFilter {

    private AdminAction action;
    @Identifier
    private String admin;

    /** The query for one page, or for every row when {@code page} is null. */
    FindAdminActionsQuery toQuery(PageRequest page) {
        return new FindAdminActionsQuery(action, admin == null || admin.isBlank() ? null : admin.trim(),
                startOf(getFrom()), getTo() == null ? null : startOf(getTo().plusDays(1)), page);
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
}
