package com.sponsorship.api.admin;

import com.sponsorship.api.common.PageRequest;
import java.time.Instant;

/**
 * The admin-actions log, newest first, narrowed by whichever filters are present: one action, one
 * admin's id, at or after {@code from}, before {@code to}. {@code page} null means every row (the CSV).
 */
public record FindAdminActionsQuery(AdminAction action, String adminId, Instant from, Instant to, PageRequest page) {
}
