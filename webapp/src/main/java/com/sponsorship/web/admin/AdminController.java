package com.sponsorship.web.admin;

import com.sponsorship.api.account.AccountPage;
import com.sponsorship.api.account.ClearAccountFlagCommand;
import com.sponsorship.api.account.FindAccountsQuery;
import com.sponsorship.api.account.FlagAccountCommand;
import com.sponsorship.api.account.RemoveAccountCommand;
import com.sponsorship.api.campaign.CampaignPage;
import com.sponsorship.api.campaign.ClearCampaignFlagCommand;
import com.sponsorship.api.campaign.CloseCampaignCommand;
import com.sponsorship.api.campaign.CloseReason;
import com.sponsorship.api.campaign.FindAllCampaignsQuery;
import com.sponsorship.api.campaign.FlagCampaignCommand;
import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.negotiation.FindNegotiationsQuery;
import com.sponsorship.api.negotiation.NegotiationFilters;
import com.sponsorship.api.negotiation.NegotiationPage;
import com.sponsorship.api.stats.FindPlatformTotalsQuery;
import com.sponsorship.api.stats.PlatformTotals;
import com.sponsorship.web.common.FormSubmission;
import com.sponsorship.web.common.PageController;
import com.sponsorship.web.common.PlatformCommands;
import com.sponsorship.web.common.PlatformQueries;
import com.sponsorship.web.common.Refusals;
import com.sponsorship.web.security.PlatformUser;
import java.util.UUID;
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

    private final PlatformCommands commands;
    private final PlatformQueries queries;

    AdminController(PlatformCommands commands, PlatformQueries queries) {
        this.commands = commands;
        this.queries = queries;
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
        if (!FormSubmission.submit(binding,
                () -> commands.send(form.toCommand(UUID.randomUUID().toString(), admin.actor())))) {
            return show("accounts", 0, model);
        }
        redirect.addFlashAttribute("notice", "Auditor account created for " + form.getEmail().trim());
        return "redirect:/admin";
    }

    @PostMapping("/accounts/{id}/flag")
    String flagAccount(@AuthenticationPrincipal PlatformUser admin, @PathVariable String id,
                       @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return Refusals.run(redirect, "/admin?tab=accounts", "Account flagged",
                () -> commands.send(new FlagAccountCommand(id, admin.actor(), reason)));
    }

    @PostMapping("/accounts/{id}/clear")
    String clearAccount(@AuthenticationPrincipal PlatformUser admin, @PathVariable String id,
                        RedirectAttributes redirect) {
        return Refusals.run(redirect, "/admin?tab=accounts", "Flag cleared",
                () -> commands.send(new ClearAccountFlagCommand(id, admin.actor())));
    }

    @PostMapping("/accounts/{id}/remove")
    String removeAccount(@AuthenticationPrincipal PlatformUser admin, @PathVariable String id,
                         RedirectAttributes redirect) {
        return Refusals.run(redirect, "/admin?tab=accounts",
                "Account removed; its campaigns close and its open negotiations are cancelled",
                () -> commands.send(new RemoveAccountCommand(id, admin.actor())));
    }

    @PostMapping("/campaigns/{id}/flag")
    String flagCampaign(@AuthenticationPrincipal PlatformUser admin, @PathVariable String id,
                        @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return Refusals.run(redirect, "/admin?tab=campaigns", "Campaign flagged",
                () -> commands.send(new FlagCampaignCommand(id, admin.actor(), reason)));
    }

    @PostMapping("/campaigns/{id}/clear")
    String clearCampaign(@AuthenticationPrincipal PlatformUser admin, @PathVariable String id,
                         RedirectAttributes redirect) {
        return Refusals.run(redirect, "/admin?tab=campaigns", "Flag cleared",
                () -> commands.send(new ClearCampaignFlagCommand(id, admin.actor())));
    }

    @PostMapping("/campaigns/{id}/close")
    String closeCampaign(@AuthenticationPrincipal PlatformUser admin, @PathVariable String id,
                         RedirectAttributes redirect) {
        return Refusals.run(redirect, "/admin?tab=campaigns", "Campaign closed",
                () -> commands.send(new CloseCampaignCommand(id, admin.actor(), CloseReason.BY_ADMIN)));
    }

    private String show(String tab, int page, Model model) {
        PageRequest pageRequest = new PageRequest(page, PAGE_SIZE);
        model.addAttribute("totals", queries.fetch(new FindPlatformTotalsQuery(), PlatformTotals.class));
        model.addAttribute("tab", tab);
        switch (tab) {
            case "campaigns" -> model.addAttribute("campaigns",
                    queries.fetch(new FindAllCampaignsQuery(pageRequest), CampaignPage.class));
            case "ad-requests" -> model.addAttribute("requests",
                    queries.fetch(new FindNegotiationsQuery(null, null, null, NegotiationFilters.NONE, pageRequest), NegotiationPage.class));
            default -> {
                model.addAttribute("tab", "accounts");
                model.addAttribute("accounts", queries.fetch(new FindAccountsQuery(null, pageRequest), AccountPage.class));
            }
        }
        return "admin";
    }
}
