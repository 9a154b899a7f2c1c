package com.sponsorship.web.negotiation;

import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.negotiation.NegotiationFilters;
import com.sponsorship.web.common.PageController;
import com.sponsorship.web.security.PlatformUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The influencer's dashboard: its profile, the offers addressed to it, and requests open to anyone. */
@PageController
class InfluencerController {

    private final NegotiationService negotiations;

    InfluencerController(NegotiationService negotiations) {
        this.negotiations = negotiations;
    }

    @GetMapping("/influencer")
    String dashboard(@AuthenticationPrincipal PlatformUser user,
                     @RequestParam(defaultValue = "0") int page,
                     @RequestParam(defaultValue = "0") int open, Model model) {
        model.addAttribute("offers", negotiations.list(user, NegotiationFilters.NONE, new PageRequest(page, 5)));
        model.addAttribute("openRequests", negotiations.openToAny(new PageRequest(open, 5)));
        return "influencer/dashboard";
    }
}
