package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.PageRequest;

/** Ad requests open to any influencer on public, open, unflagged campaigns, newest first. */
public record FindOpenAdRequestsQuery(PageRequest page) {
}
