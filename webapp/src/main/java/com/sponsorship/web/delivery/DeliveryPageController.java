package com.sponsorship.web.delivery;

import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.DeliverableStatus;
import com.sponsorship.web.common.PageController;
import com.sponsorship.web.security.PlatformUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sponsor's "To review" and the influencer's "To deliver" pages: one template, the queue of the
 * caller's role. A status filter in error is reported next to its field and nothing is listed.
 */
@PageController
class DeliveryPageController {

    private static final int PAGE_SIZE = 10;

    private final DeliveryService deliveries;

    DeliveryPageController(DeliveryService deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping("/sponsor/to-review")
    String toReview(@AuthenticationPrincipal PlatformUser user, @ModelAttribute("filter") DeliveryFilterForm filter,
                    BindingResult binding, @RequestParam(defaultValue = "0") int page, Model model) {
        return queue(user, filter, binding, page, model);
    }

    @GetMapping("/influencer/to-deliver")
    String toDeliver(@AuthenticationPrincipal PlatformUser user, @ModelAttribute("filter") DeliveryFilterForm filter,
                     BindingResult binding, @RequestParam(defaultValue = "0") int page, Model model) {
        return queue(user, filter, binding, page, model);
    }

    private String queue(PlatformUser user, DeliveryFilterForm filter, BindingResult binding, int page, Model model) {
        model.addAttribute("statuses", DeliverableStatus.values());
        model.addAttribute("reviewing", user.role() == Role.SPONSOR);
        DeliverableStatus status = filter.status(binding);
        if (!binding.hasErrors()) {
            model.addAttribute("deliveries", deliveries.queue(user, status, new PageRequest(page, PAGE_SIZE)));
        }
        return "deliveries";
    }
}
