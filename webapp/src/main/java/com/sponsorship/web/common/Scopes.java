package com.sponsorship.web.common;

import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.negotiation.FindNegotiationsQuery;
import com.sponsorship.api.negotiation.NegotiationFilters;
import com.sponsorship.api.stats.StatsScope;
import com.sponsorship.web.security.PlatformUser;

/** What part of the platform's data a signed-in account's lists and charts cover. */
public final class Scopes {

    private Scopes() {
    }

    /** A participant's own negotiations (filters narrow within them, never beyond); staff see every one. */
    public static FindNegotiationsQuery negotiations(PlatformUser user, NegotiationFilters filters, PageRequest page) {
        return switch (user.role()) {
            case SPONSOR -> new FindNegotiationsQuery(user.accountId(), null, null, filters, page);
            case INFLUENCER -> new FindNegotiationsQuery(null, user.accountId(), null, filters, page);
            default -> new FindNegotiationsQuery(null, null, null, filters, page);
        };
    }

    public static StatsScope stats(PlatformUser user) {
        return new StatsScope(user.role(), user.accountId());
    }
}
