package com.sponsorship.web.command;

import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.negotiation.FindNegotiationsQuery;
import com.sponsorship.api.negotiation.NegotiationStatus;
import com.sponsorship.api.stats.StatsScope;
import com.sponsorship.web.security.PlatformUser;

/** What part of the platform's data a signed-in account's lists and charts cover. */
public final class Scopes {

    private Scopes() {
    }

    public static FindNegotiationsQuery negotiations(PlatformUser user, NegotiationStatus status, PageRequest page) {
        return switch (user.role()) {
            case SPONSOR -> new FindNegotiationsQuery(user.accountId(), null, null, status, page);
            case INFLUENCER -> new FindNegotiationsQuery(null, user.accountId(), null, status, page);
            default -> new FindNegotiationsQuery(null, null, null, status, page);
        };
    }

    public static StatsScope stats(PlatformUser user) {
        return new StatsScope(user.role(), user.accountId());
    }
}
