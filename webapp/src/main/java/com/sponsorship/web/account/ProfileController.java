package com.sponsorship.web.account;

import com.sponsorship.api.account.AccountView;
import com.sponsorship.web.common.FormSubmission;
import com.sponsorship.web.common.PageController;
import com.sponsorship.web.security.PlatformUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A sponsor's or influencer's own profile and password. */
@PageController
@RequestMapping("/profile")
class ProfileController {

    private final AccountService accounts;

    ProfileController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String profile(@AuthenticationPrincipal PlatformUser user, Model model) {
        model.addAttribute("form", currentProfile(user));
        model.addAttribute("password", new PasswordForm());
        return "profile";
    }

    @PostMapping
    String update(@AuthenticationPrincipal PlatformUser user, @ModelAttribute("form") ProfileForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!FormSubmission.submit(binding, () -> accounts.updateProfile(user, form))) {
            model.addAttribute("password", new PasswordForm());
            return "profile";
        }
        redirect.addFlashAttribute("notice", "Profile saved");
        return "redirect:/profile";
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal PlatformUser user, @ModelAttribute("password") PasswordForm password,
                          BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!FormSubmission.submit(binding, () -> accounts.changePassword(user, password))) {
            model.addAttribute("form", currentProfile(user));
            return "profile";
        }
        redirect.addFlashAttribute("notice", "Password changed");
        return "redirect:/profile";
    }

    private ProfileForm currentProfile(PlatformUser user) {
        AccountView account = accounts.me(user);
        ProfileForm form = new ProfileForm();
        form.setName(account.name());
        form.setIndustry(account.industry());
        form.setCategory(account.category());
        form.setReach(account.reach());
        return form;
    }
}
