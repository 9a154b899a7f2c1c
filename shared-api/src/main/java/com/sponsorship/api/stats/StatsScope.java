package com.sponsorship.api.stats;

import com.sponsorship.api.common.Role;

/**
 * Whose figures a chart shows: a sponsor's (its campaigns and their requests), an influencer's
 * (its requests), or everything (admin, auditor).
 */
public record StatsScope(Role role, String accountId) {
}
