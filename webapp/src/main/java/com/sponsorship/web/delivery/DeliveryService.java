package com.sponsorship.web.delivery;

import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.negotiation.DeliverableStatus;
import com.sponsorship.api.negotiation.DeliveryPage;
import com.sponsorship.api.negotiation.FindDeliveriesQuery;
import com.sponsorship.web.common.PlatformQueries;
import com.sponsorship.web.security.PlatformUser;
import org.springframework.stereotype.Service;

/** The caller's delivery queue: an influencer's deliverables to deliver, a sponsor's drafts to review. */
@Service
class DeliveryService {

    private final PlatformQueries queries;

    DeliveryService(PlatformQueries queries) {
        this.queries = queries;
    }

    DeliveryPage queue(PlatformUser user, DeliverableStatus status, PageRequest page) {
        return queries.fetch(new FindDeliveriesQuery(user.role(), user.accountId(), status, page), DeliveryPage.class);
    }
}
