package com.sponsorship.web.stats;

import com.sponsorship.web.common.PageController;
import com.sponsorship.web.security.PlatformUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The charts of the viewer's scope, drawn on the server. */
@PageController
class StatsPageController {

    private final StatsService stats;

    StatsPageController(StatsService stats) {
        this.stats = stats;
    }

    @GetMapping("/stats")
    String stats(@AuthenticationPrincipal PlatformUser user, Model model) {
        model.addAttribute("charts", stats.charts(user));
        return "stats";
    }
}
