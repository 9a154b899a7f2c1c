package com.sponsorship.web.delivery;

import com.sponsorship.api.common.Labeled;
import com.sponsorship.api.common.Rules;
import com.sponsorship.api.negotiation.DeliverableStatus;
import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * The status filter of the delivery queues, bound from {@code ?status=} on their pages and on
 * {@code GET /api/v1/deliveries}. Kept as text: a fixed-list value that is unknown would otherwise
 * bind as none (see WebConfiguration), listing the whole queue instead of saying so.
 */
public class DeliveryFilterForm {

    private String status;

    /** The status asked for (Java name or label), null for none; an unknown one is an error of the field. */
    DeliverableStatus status(Errors errors) {
        if (status == null || status.isBlank()) {
            return null;
        }
        Optional<DeliverableStatus> known = Labeled.fromLabel(DeliverableStatus.class, status);
        if (known.isEmpty()) {
            errors.rejectValue("status", "unknown", Rules.STATUS_UNKNOWN);
        }
        return known.orElse(null);
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
