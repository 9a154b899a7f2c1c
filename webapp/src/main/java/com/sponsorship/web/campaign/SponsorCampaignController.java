package com.sponsorship.web.campaign;

import com.sponsorship.api.campaign.CampaignPage;
import com.sponsorship.api.campaign.CloseCampaignCommand;
import com.sponsorship.api.campaign.CloseReason;
import com.sponsorship.api.campaign.FindSponsorCampaignsQuery;
import com.sponsorship.api.common.PageRequest;
import com.sponsorship.web.common.FormSubmission;
import com.sponsorship.web.common.PageController;
import com.sponsorship.web.common.PlatformCommands;
import com.sponsorship.web.common.PlatformQueries;
import com.sponsorship.web.common.ReadAccess;
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

/** A sponsor's own campaigns: the paginated list, creating, editing and closing one. */
@PageController
@RequestMapping("/sponsor/campaigns")
class SponsorCampaignController {

    private final PlatformCommands commands;
    private final PlatformQueries queries;
    private final ReadAccess access;

    SponsorCampaignController(PlatformCommands commands, PlatformQueries queries, ReadAccess access) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
    }

    @GetMapping
    String myCampaigns(@AuthenticationPrincipal PlatformUser user,
                       @RequestParam(defaultValue = "0") int page,
                       @RequestParam(defaultValue = "5") int size, Model model) {
        model.addAttribute("campaigns", queries.fetch(
                new FindSponsorCampaignsQuery(user.accountId(), new PageRequest(page, size)), CampaignPage.class));
        return "sponsor/campaigns";
    }

    @GetMapping("/new")
    String newCampaign(@ModelAttribute("form") CampaignForm form, Model model) {
        return creating(model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal PlatformUser user, @ModelAttribute("form") CampaignForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        boolean created = FormSubmission.submit(binding,
                () -> commands.send(form.toCommand(UUID.randomUUID().toString(), user.actor())));
        if (!created) {
            return creating(model);
        }
        redirect.addFlashAttribute("notice", "Campaign \"" + form.getName().trim() + "\" created");
        return "redirect:/sponsor/campaigns";
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, Model model) {
        model.addAttribute("form", CampaignForm.of(access.campaign(user, id)));
        return editing(id, model);
    }

    /** Details and budget go in one command, so a refusal of either saves nothing. */
    @PostMapping("/{id}/edit")
    String update(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                  @ModelAttribute("form") CampaignForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        access.campaign(user, id);
        boolean saved = FormSubmission.submit(binding, () -> commands.send(form.toUpdateCommand(id, user.actor())));
        if (!saved) {
            return editing(id, model);
        }
        redirect.addFlashAttribute("notice", "Campaign saved");
        return "redirect:/campaigns/" + id;
    }

    @PostMapping("/{id}/close")
    String close(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, RedirectAttributes redirect) {
        access.campaign(user, id);
        return Refusals.run(redirect, "/campaigns/" + id, "Campaign closed; its open requests are cancelled",
                () -> commands.send(new CloseCampaignCommand(id, user.actor(), CloseReason.BY_SPONSOR)));
    }

    private static String creating(Model model) {
        model.addAttribute("heading", "New campaign");
        model.addAttribute("formAction", "/sponsor/campaigns");
        model.addAttribute("submitLabel", "Create campaign");
        return "sponsor/campaign-form";
    }

    private static String editing(String id, Model model) {
        model.addAttribute("heading", "Edit campaign");
        model.addAttribute("formAction", "/sponsor/campaigns/" + id + "/edit");
        model.addAttribute("submitLabel", "Save campaign");
        return "sponsor/campaign-form";
    }
}
