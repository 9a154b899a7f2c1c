package com.sponsorship.web.account;

import com.sponsorship.api.account.AccountView;
import com.sponsorship.api.account.ChangePasswordCommand;
import com.sponsorship.api.account.FindAccountQuery;
import com.sponsorship.api.account.UpdateInfluencerProfileCommand;
import com.sponsorship.api.account.UpdateSponsorProfileCommand;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Industry;
import com.sponsorship.api.common.Role;
import com.sponsorship.web.common.FormSubmission;
import com.sponsorship.web.common.NotFoundException;
import com.sponsorship.web.common.PageController;
import com.sponsorship.web.common.PlatformCommands;
import com.sponsorship.web.common.PlatformQueries;
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

    private final PlatformCommands commands;
    private final PlatformQueries queries;

    ProfileController(PlatformCommands commands, PlatformQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** Profile fields of both kinds of account; only those of the signed-in role are used. */
    public static class ProfileForm {
        private String name;
        private Industry industry;
        private Category category;
        private Long reach;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Industry getIndustry() {
            return industry;
        }

        public void setIndustry(Industry industry) {
            this.industry = industry;
        }

        public Category getCategory() {
            return category;
        }

        public void setCategory(Category category) {
            this.category = category;
        }

        public Long getReach() {
            return reach;
        }

        public void setReach(Long reach) {
            this.reach = reach;
        }

        Object toCommand(PlatformUser user) {
            return user.role() == Role.SPONSOR
                    ? new UpdateSponsorProfileCommand(user.accountId(), user.actor(), name, industry)
                    : new UpdateInfluencerProfileCommand(user.accountId(), user.actor(), name, category, reach);
        }
    }

    public static class PasswordForm {
        private String currentPassword;
        private String newPassword;

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }
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
        if (!FormSubmission.submit(binding, () -> commands.send(form.toCommand(user)))) {
            model.addAttribute("password", new PasswordForm());
            return "profile";
        }
        redirect.addFlashAttribute("notice", "Profile saved");
        return "redirect:/profile";
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal PlatformUser user, @ModelAttribute("password") PasswordForm password,
                          BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!FormSubmission.submit(binding, () -> commands.send(new ChangePasswordCommand(user.accountId(),
                user.actor(), password.getCurrentPassword(), password.getNewPassword())))) {
            model.addAttribute("form", currentProfile(user));
            return "profile";
        }
        redirect.addFlashAttribute("notice", "Password changed");
        return "redirect:/profile";
    }

    private ProfileForm currentProfile(PlatformUser user) {
        AccountView account = queries.find(new FindAccountQuery(user.accountId()), AccountView.class)
                .orElseThrow(() -> new NotFoundException("Account"));
        ProfileForm form = new ProfileForm();
        form.setName(account.name());
        form.setIndustry(account.industry());
        form.setCategory(account.category());
        form.setReach(account.reach());
        return form;
    }
}
