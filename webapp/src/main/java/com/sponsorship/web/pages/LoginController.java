package com.sponsorship.web.pages;

import com.sponsorship.web.security.PlatformUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** Each role starts on its own dashboard. */
    @GetMapping("/")
    String home(@AuthenticationPrincipal PlatformUser user) {
        return switch (user.role()) {
            case SPONSOR -> "redirect:/sponsor/campaigns";
            case INFLUENCER -> "redirect:/influencer";
            case ADMIN -> "redirect:/admin";
            case AUDITOR -> "redirect:/ad-requests";
            default -> "redirect:/stats";
        };
    }
}
