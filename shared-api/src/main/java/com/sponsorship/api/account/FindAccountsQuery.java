package com.sponsorship.api.account;

import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.common.Role;

/** Every account (of one role, or all when null), newest first (admin). */
public record FindAccountsQuery(Role role, PageRequest page) {
}
