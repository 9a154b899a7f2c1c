package com.sponsorship.web.admin;

import com.sponsorship.api.common.PageRequest;
import com.sponsorship.web.common.FormSubmission;
import com.sponsorship.web.common.PageController;
import com.sponsorship.web.common.Refusals;
import com.sponsorship.web.security.PlatformUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Moderation: every account, campaign and ad request (paginated), flags, removal, auditors. */
@PageController
@RequestMapping("/admin")
class AdminController {

    private static final int PAGE_SIZE = 10;

    private final AdminService admins;

    AdminController(AdminService admins) {
        this.admins = admins;
    }

    @GetMapping
    String admin(@RequestParam(defaultValue = "accounts") String tab, @RequestParam(defaultValue = "0") int page,
                 Model model) {
        model.addAttribute("auditor", new AuditorForm());
        return show(tab, page, model);
    }

    @PostMapping("/auditors")
    String createAuditor(@AuthenticationPrincipal PlatformUser admin, @ModelAttribute("auditor") AuditorForm form,
                         BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!FormSubmission.submit(binding, () -> admins.createAuditor(admin, form))) {
            return show("accounts", 0, model);
        }
        redirect.addFlashAttribute("notice", "Auditor account created for " + form.getEmail().trim());
        return "redirect:/admin";
    }

    @PostMapping("/accounts/{id}/flag")
    String flagAccount(@AuthenticationPrincipal PlatformUser admin, @PathVariable String id,
                       @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return Refusals.run(redirect, "/admin?tab=accounts", "Account flagged",
                () -> admins.flagAccount(admin, id, reason));
    }

    @PostMapping("/accounts/{id}/clear")
    String clearAccount(@AuthenticationPrincipal PlatformUser admin, @PathVariable String id,
                        @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return Refusals.run(redirect, "/admin?tab=accounts", "Flag cleared",
                () -> admins.clearAccountFlag(admin, id, reason));
    }

    @PostMapping("/accounts/{id}/remove")
    String removeAccount(@AuthenticationPrincipal PlatformUser admin, @PathVariable String id,
                         @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return Refusals.run(redirect, "/admin?tab=accounts",
                "Account removed; its campaigns close and its open negotiations are cancelled",
                () -> admins.removeAccount(admin, id, reason));
    }

    @PostMapping("/accounts/{id}/erase")
    String eraseAccount(@AuthenticationPrincipal PlatformUser admin, @PathVariable String id,
                        @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return Refusals.run(redirect, "/admin?tab=accounts",
                "Account erased: its name and e-mail address are gone from every record",
                () -> admins.eraseAccount(admin, id, reason));
    }

    @PostMapping("/campaigns/{id}/flag")
    String flagCampaign(@AuthenticationPrincipal PlatformUser admin, @PathVariable String id,
                        @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return Refusals.run(redirect, "/admin?tab=campaigns", "Campaign flagged",
                () -> admins.flagCampaign(admin, id, reason));
    }

    @PostMapping("/campaigns/{id}/clear")
    String clearCampaign(@AuthenticationPrincipal PlatformUser admin, @PathVariable String id,
                         @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return Refusals.run(redirect, "/admin?tab=campaigns", "Flag cleared",
                () -> admins.clearCampaignFlag(admin, id, reason));
    }

    @PostMapping("/campaigns/{id}/close")
    String closeCampaign(@AuthenticationPrincipal PlatformUser admin, @PathVariable String id,
                         RedirectAttributes redirect) {
        return Refusals.run(redirect, "/admin?tab=campaigns", "Campaign closed",
                () -> admins.closeCampaign(admin, id));
    }

    /** The form on the deal page of a disputed deal; back to that page with the outcome. */
    @PostMapping("/ad-requests/{id}/cancel")
    String endDisputedDeal(@AuthenticationPrincipal PlatformUser admin, @PathVariable String id,
                           @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return Refusals.run(redirect, "/ad-requests/" + id, "Deal cancelled; its unpaid amount went back to the campaign",
                () -> admins.endDisputedDeal(admin, id, reason));
    }

    private String show(String tab, int page, Model model) {
        PageRequest pageRequest = new PageRequest(page, PAGE_SIZE);
        model.addAttribute("totals", admins.totals());
        model.addAttribute("tab", tab);
        switch (tab) {
            case "campaigns" -> model.addAttribute("campaigns",
                    admins.campaigns(pageRequest));
            case "ad-requests" -> model.addAttribute("requests",
                    admins.adRequests(pageRequest));
            default -> {
                model.addAttribute("tab", "accounts");
                model.addAttribute("accounts", admins.accounts(pageRequest));
            }
        }
        return "admin";
    }
}
