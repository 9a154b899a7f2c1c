package com.sponsorship.web.delivery;

import com.sponsorship.api.negotiation.DeliverableStatus;

/**
 * The status filter of the delivery queues, bound from {@code ?status=} on their pages and on
 * {@code GET /api/v1/deliveries}; an unknown status is a binding error of the field (worded in
 * messages.properties). No status: the queue's default.
 */
public class DeliveryFilterForm {

    private DeliverableStatus status;

    public DeliverableStatus getStatus() {
        return status;
    }

    public void setStatus(DeliverableStatus status) {
        this.status = status;
    }
}
