package com.sponsorship.api.negotiation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One deliverable of an agreed deal in a party's queue, with the names its page shows.
 *
 * @param dueDate     the agreed terms' due date; null for deals agreed without one
 * @param overdue     past its due date and not live ({@link NegotiationState#overdue})
 * @param submittedAt when the last draft was submitted; null before any
 * @param reviewBy    when the draft under review is approved automatically; null unless SUBMITTED
 */
public record DeliveryView(String negotiationId, int number, DeliverableKind kind, Integer count, String description,
                           DeliverableStatus status, LocalDate dueDate, boolean overdue, String campaignId,
                           String campaignName, String sponsorId, String sponsorName, String influencerId,
                           String influencerName, String draftUrl, Instant submittedAt, Instant reviewBy,
                           String liveUrl, int changeRounds) {

    /** How a page names it: "2 × Instagram post: description". */
    public String summary() {
        return new Deliverable(kind, count, description).summary();
    }
}
