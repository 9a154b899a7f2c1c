package com.sponsorship.web.account;

import com.sponsorship.web.common.FormSubmission;
import com.sponsorship.web.common.PageController;
import com.sponsorship.web.security.AccountSignIn;
import com.sponsorship.web.security.PlatformUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@PageController
@RequestMapping("/register")
class RegistrationController {

    private final AccountService accounts;
    private final AccountSignIn signIn;

    RegistrationController(AccountService accounts, AccountSignIn signIn) {
        this.accounts = accounts;
        this.signIn = signIn;
    }

    @GetMapping("/sponsor")
    String sponsorForm(@ModelAttribute("form") SponsorRegistrationForm form) {
        return "register-sponsor";
    }

    @PostMapping("/sponsor")
    String registerSponsor(@ModelAttribute("form") SponsorRegistrationForm form, BindingResult binding,
                           HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        boolean registered = FormSubmission.submit(binding, () -> accounts.register(form::toCommand));
        return registered ? signedIn(form.getEmail(), request, response, redirect) : "register-sponsor";
    }

    @GetMapping("/influencer")
    String influencerForm(@ModelAttribute("form") InfluencerRegistrationForm form) {
        return "register-influencer";
    }

    @PostMapping("/influencer")
    String registerInfluencer(@ModelAttribute("form") InfluencerRegistrationForm form, BindingResult binding,
                              HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        boolean registered = FormSubmission.submit(binding, () -> accounts.register(form::toCommand));
        return registered ? signedIn(form.getEmail(), request, response, redirect) : "register-influencer";
    }

    /** A new account starts signed in, on its own dashboard. */
    private String signedIn(String email, HttpServletRequest request, HttpServletResponse response,
                            RedirectAttributes redirect) {
        PlatformUser user = signIn.signIn(email, request, response);
        // straight to the dashboard: a flash notice would be spent on a redirect through "/"
        redirect.addFlashAttribute("notice", "Welcome! Your account is ready.");
        return "redirect:" + LoginController.dashboard(user.role());
    }
}
