package com.sponsorship.web.stats;

import com.sponsorship.api.stats.Chart;
import com.sponsorship.web.common.PageController;
import com.sponsorship.web.security.PlatformUser;
import java.util.Arrays;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The charts of the viewer's scope, drawn on the server. */
@PageController
class StatsPageController {

    @GetMapping("/stats")
    String stats(@AuthenticationPrincipal PlatformUser user, Model model) {
        model.addAttribute("charts", Arrays.stream(Chart.values())
                .filter(chart -> chart.visibleTo(user.role()))
                .toList());
        return "stats";
    }
}
