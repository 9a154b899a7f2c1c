package com.sponsorship.web.campaign;

import com.sponsorship.api.account.AccountPage;
import com.sponsorship.api.campaign.CampaignPage;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.PageInfo;
import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.common.Role;
import com.sponsorship.web.account.AccountService;
import com.sponsorship.web.common.PageController;
import com.sponsorship.web.security.PlatformUser;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Search depends on who asks: sponsors find influencers (by reach), influencers find public open
 * campaigns (by budget). Filters and sort are query parameters, so they survive paging.
 */
@PageController
class SearchController {

    private static final int PAGE_SIZE = 5;

    private final CampaignService campaigns;
    private final AccountService accounts;

    SearchController(CampaignService campaigns, AccountService accounts) {
        this.campaigns = campaigns;
        this.accounts = accounts;
    }

    /** A search text that breaks the input rules is reported under the box, and nothing is searched. */
    @GetMapping("/search")
    String search(@AuthenticationPrincipal PlatformUser user,
                  @Valid @ModelAttribute("searchBox") SearchBoxForm searchBox, BindingResult binding,
                  @RequestParam(required = false) Category category,
                  @RequestParam(defaultValue = "desc") String order,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        String q = searchBox.getQ();
        boolean ascending = order.equals("asc");
        model.addAttribute("q", q);
        model.addAttribute("qError", binding.hasFieldErrors("q") ? binding.getFieldError("q").getDefaultMessage() : null);
        model.addAttribute("category", category);
        model.addAttribute("order", ascending ? "asc" : "desc");
        PageRequest pageRequest = new PageRequest(page, PAGE_SIZE);
        PageInfo nothing = PageInfo.of(0, PAGE_SIZE, 0);
        if (user.role() == Role.SPONSOR) {
            model.addAttribute("influencers", binding.hasErrors() ? new AccountPage(List.of(), nothing)
                    : accounts.searchInfluencers(q, category, ascending, pageRequest));
            model.addAttribute("myCampaigns", campaigns.ofSponsor(user, new PageRequest(0, PageRequest.MAX_SIZE)).content());
            return "search-influencers";
        }
        model.addAttribute("campaigns", binding.hasErrors() ? new CampaignPage(List.of(), nothing)
                : campaigns.search(q, category, ascending, pageRequest));
        return "search-campaigns";
    }
}
