package com.sponsorship.web.delivery;

import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.negotiation.DeliverableStatus;
import com.sponsorship.api.negotiation.DeliveryPage;
import com.sponsorship.api.validation.PageNumber;
import com.sponsorship.api.validation.PageSize;
import com.sponsorship.web.common.InvalidInputException;
import com.sponsorship.web.security.PlatformUser;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's delivery queue (sponsors and influencers only: other roles are refused by the
 * security rules, as for the other per-role lists).
 */
@RestController
class DeliveryApiController {

    private final DeliveryService deliveries;
    private final MessageSource messages;

    DeliveryApiController(DeliveryService deliveries, MessageSource messages) {
        this.deliveries = deliveries;
        this.messages = messages;
    }

    /** An influencer's deliverables to deliver (due soonest first), a sponsor's drafts to review (oldest first). */
    @GetMapping("/api/v1/deliveries")
    DeliveryPage list(@AuthenticationPrincipal PlatformUser user, @ModelAttribute DeliveryFilterForm filter,
                      BindingResult binding, @RequestParam(defaultValue = "0") @PageNumber int page,
                      @RequestParam(defaultValue = "20") @PageSize int size) {
        DeliverableStatus status = filter.status(binding);
        if (binding.hasErrors()) {
            throw InvalidInputException.of(binding, messages);
        }
        return deliveries.queue(user, status, new PageRequest(page, size));
    }
}
