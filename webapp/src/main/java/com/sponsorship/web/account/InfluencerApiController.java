package com.sponsorship.web.account;

import com.sponsorship.api.account.AccountPage;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.validation.PageNumber;
import com.sponsorship.api.validation.PageSize;
import com.sponsorship.api.validation.SearchText;
import com.sponsorship.web.common.Sorting;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sponsors find influencers to send ad requests to. */
@RestController
class InfluencerApiController {

    private final AccountService accounts;

    InfluencerApiController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/influencers")
    AccountPage search(@RequestParam(defaultValue = "") @SearchText String q,
                       @RequestParam(required = false) Category category,
                       @RequestParam(defaultValue = "reach,desc") String sort,
                       @RequestParam(defaultValue = "0") @PageNumber int page,
                       @RequestParam(defaultValue = "20") @PageSize int size) {
        return accounts.searchInfluencers(q, category, Sorting.ascending(sort, "reach"), new PageRequest(page, size));
    }
}
