package com.sponsorship.web.account;

import com.sponsorship.api.account.AccountView;
import com.sponsorship.api.account.PersonalRecord;
import com.sponsorship.web.common.FormSubmission;
import com.sponsorship.web.common.PageController;
import com.sponsorship.web.security.PasswordConfirmation;
import com.sponsorship.web.security.PlatformUser;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A sponsor's or influencer's own profile and password; and, for every role, everything recorded
 * about oneself (GDPR Art. 15) as a printable page and as the API's JSON file.
 */
@PageController
@RequestMapping("/profile")
class ProfileController {

    /** The reason recorded when a person erases their own account. */
    static final String OWN_ERASURE = "Erased by the person on their profile";

    private final AccountService accounts;
    private final PasswordConfirmation passwords;

    ProfileController(AccountService accounts, PasswordConfirmation passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @GetMapping
    String profile(@AuthenticationPrincipal PlatformUser user, Model model) {
        return page(user, model);
    }

    @PostMapping
    String update(@AuthenticationPrincipal PlatformUser user, @ModelAttribute("form") ProfileForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!FormSubmission.submit(binding, () -> accounts.updateProfile(user, form))) {
            return page(user, model);
        }
        redirect.addFlashAttribute("notice", "Profile saved");
        return "redirect:/profile";
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal PlatformUser user, @ModelAttribute("password") PasswordForm password,
                          BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!FormSubmission.submit(binding, () -> accounts.changePassword(user, password))) {
            return page(user, model);
        }
        redirect.addFlashAttribute("notice", "Password changed");
        return "redirect:/profile";
    }

    @GetMapping("/export")
    String export(@AuthenticationPrincipal PlatformUser user, Model model) {
        model.addAttribute("record", accounts.record(user));
        return "profile-export";
    }

    @GetMapping(value = "/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<PersonalRecord> exportJson(@AuthenticationPrincipal PlatformUser user) {
        return PersonalRecordDownload.json(accounts.record(user));
    }

    /**
     * The person erases their own account, confirmed with their password; every session of the
     * account ends, and they land on the sign-in page, told so.
     */
    @PostMapping("/erase")
    String erase(@AuthenticationPrincipal PlatformUser user, @ModelAttribute("erasure") ErasureForm erasure,
                 BindingResult binding, Model model, HttpServletRequest request) throws ServletException {
        if (!FormSubmission.submit(binding, () -> {
            passwords.require(user, erasure.getPassword(), "password");
            accounts.erase(user.actor(), user.accountId(), OWN_ERASURE);
        })) {
            return page(user, model);
        }
        request.logout();
        return "redirect:/login?erased";
    }

    /** The profile page, with a blank form for each form the request did not submit. */
    private String page(PlatformUser user, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", currentProfile(user));
        }
        if (!model.containsAttribute("password")) {
            model.addAttribute("password", new PasswordForm());
        }
        if (!model.containsAttribute("erasure")) {
            model.addAttribute("erasure", new ErasureForm());
        }
        return "profile";
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
