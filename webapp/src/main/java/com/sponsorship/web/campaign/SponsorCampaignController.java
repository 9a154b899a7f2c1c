package com.sponsorship.web.campaign;

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

/** A sponsor's own campaigns: the paginated list, creating, editing and closing one. */
@PageController
@RequestMapping("/sponsor/campaigns")
class SponsorCampaignController {

    private final CampaignService campaigns;

    SponsorCampaignController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping
    String myCampaigns(@AuthenticationPrincipal PlatformUser user,
                       @RequestParam(defaultValue = "0") int page,
                       @RequestParam(defaultValue = "5") int size, Model model) {
        model.addAttribute("campaigns", campaigns.ofSponsor(user, new PageRequest(page, size)));
        return "sponsor/campaigns";
    }

    @GetMapping("/new")
    String newCampaign(@ModelAttribute("form") CampaignForm form, Model model) {
        return creating(model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal PlatformUser user, @ModelAttribute("form") CampaignForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        boolean created = FormSubmission.submit(binding, () -> campaigns.create(user, form));
        if (!created) {
            return creating(model);
        }
        redirect.addFlashAttribute("notice", "Campaign \"" + form.getName().trim() + "\" created");
        return "redirect:/sponsor/campaigns";
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, Model model) {
        model.addAttribute("form", CampaignForm.of(campaigns.campaign(user, id)));
        return editing(id, model);
    }

    /** Details and budget go in one command, so a refusal of either saves nothing. */
    @PostMapping("/{id}/edit")
    String update(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                  @ModelAttribute("form") CampaignForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        campaigns.campaign(user, id);
        boolean saved = FormSubmission.submit(binding, () -> campaigns.update(user, id, form));
        if (!saved) {
            return editing(id, model);
        }
        redirect.addFlashAttribute("notice", "Campaign saved");
        return "redirect:/campaigns/" + id;
    }

    @PostMapping("/{id}/close")
    String close(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, RedirectAttributes redirect) {
        return Refusals.run(redirect, "/campaigns/" + id, "Campaign closed; its open requests are cancelled",
                () -> campaigns.close(user, id));
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
