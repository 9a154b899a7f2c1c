package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.common.Role;

/**
 * A party's queue of deliverables: for an {@code INFLUENCER} what it still has to deliver (due
 * soonest first), for a {@code SPONSOR} the drafts waiting for its review (oldest submission first).
 * {@code status} (null: the queue's default) narrows to one deliverable status; other roles get an empty page.
 */
public record FindDeliveriesQuery(Role side, String accountId, DeliverableStatus status, PageRequest page) {
}
