package com.sponsorship.web.pages;

import com.sponsorship.api.campaign.CampaignPage;
import com.sponsorship.api.campaign.FindSponsorCampaignsQuery;
import com.sponsorship.api.common.PageRequest;
import com.sponsorship.web.command.PlatformCommands;
import com.sponsorship.web.command.PlatformQueries;
import com.sponsorship.web.forms.CampaignForm;
import com.sponsorship.web.security.PlatformUser;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A sponsor's own campaigns: the paginated list and the form that creates one. */
@Controller
@RequestMapping("/sponsor/campaigns")
class SponsorCampaignController {

    private final PlatformCommands commands;
    private final PlatformQueries queries;

    SponsorCampaignController(PlatformCommands commands, PlatformQueries queries) {
        this.commands = commands;
        this.queries = queries;
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
    String newCampaign(@ModelAttribute("form") CampaignForm form) {
        return "sponsor/campaign-form";
    }

    @PostMapping
    String create(@AuthenticationPrincipal PlatformUser user, @ModelAttribute("form") CampaignForm form,
                  BindingResult binding, RedirectAttributes redirect) {
        boolean created = FormSubmission.submit(binding,
                () -> commands.send(form.toCommand(UUID.randomUUID().toString(), user.actor())));
        if (!created) {
            return "sponsor/campaign-form";
        }
        redirect.addFlashAttribute("notice", "Campaign \"" + form.getName().trim() + "\" created");
        return "redirect:/sponsor/campaigns";
    }
}
