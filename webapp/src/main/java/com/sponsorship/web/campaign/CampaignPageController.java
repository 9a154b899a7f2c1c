package com.sponsorship.web.campaign;

import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.common.Role;
import com.sponsorship.web.common.FormSubmission;
import com.sponsorship.web.common.PageController;
import com.sponsorship.web.common.ReadAccess;
import com.sponsorship.web.negotiation.AdRequestForm;
import com.sponsorship.web.security.PlatformUser;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A campaign's page: details, budget used and remaining, and, for its sponsor, its ad requests and
 * the form that opens one (addressed to an influencer found by search, or open to any).
 */
@PageController
class CampaignPageController {

    private final CampaignService campaigns;

    CampaignPageController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping("/campaigns/{id}")
    String campaign(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                    @RequestParam(required = false) String influencer,
                    @RequestParam(defaultValue = "0") int page, Model model) {
        AdRequestForm form = new AdRequestForm();
        form.setInfluencerId(influencer);
        model.addAttribute("form", form);
        return show(user, id, page, model);
    }

    /** From influencer search: the chosen campaign's page, with the request form addressed to that influencer. */
    @GetMapping("/campaigns/choose")
    String choose(@RequestParam String campaign, @RequestParam String influencer) {
        return "redirect:" + UriComponentsBuilder.fromPath("/campaigns/{id}").queryParam("influencer", influencer)
                .buildAndExpand(campaign).encode().toUriString();
    }

    @PostMapping("/campaigns/{id}/ad-requests")
    String openAdRequest(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                         @ModelAttribute("form") AdRequestForm form, BindingResult binding, Model model,
                         RedirectAttributes redirect) {
        campaigns.campaign(user, id);
        Optional<String> negotiationId = FormSubmission.submitting(binding, () -> campaigns.openAdRequest(user, id, form));
        if (negotiationId.isEmpty()) {
            return show(user, id, 0, model);
        }
        redirect.addFlashAttribute("notice", "Ad request sent");
        return "redirect:/ad-requests/" + negotiationId.get();
    }

    private String show(PlatformUser user, String id, int page, Model model) {
        model.addAttribute("campaign", campaigns.campaign(user, id));
        model.addAttribute("owner", user.role() == Role.SPONSOR);
        model.addAttribute("requests", campaigns.adRequests(user, id, new PageRequest(page, 10)));
        AdRequestForm form = (AdRequestForm) model.getAttribute("form");
        if (form != null) {
            form.showTermsFields(null);
        }
        if (form != null && ReadAccess.isId(form.getInfluencerId())) {
            model.addAttribute("addressee", campaigns.addressee(form.getInfluencerId()).orElse(null));
        }
        return "campaign";
    }
}
