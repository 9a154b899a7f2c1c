package com.sponsorship.web.account;

import com.sponsorship.api.common.Role;
import com.sponsorship.web.common.PageController;
import com.sponsorship.web.security.PlatformUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;

@PageController
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** Each role starts on its own dashboard. */
    @GetMapping("/")
    String home(@AuthenticationPrincipal PlatformUser user) {
        return "redirect:" + dashboard(user.role());
    }

    static String dashboard(Role role) {
        return switch (role) {
            case SPONSOR -> "/sponsor/campaigns";
            case INFLUENCER -> "/influencer";
            case ADMIN -> "/admin";
            case AUDITOR -> "/ad-requests";
            default -> "/stats";
        };
    }
}
