package com.sponsorship.web.common;

import com.sponsorship.api.account.AccountView;
import com.sponsorship.api.account.FindAccountQuery;
import com.sponsorship.web.security.PlatformUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows the signed-in account, so the layout can show a flag and its reason. */
@ControllerAdvice(annotations = PageController.class)
class CurrentAccount {

    private final PlatformQueries queries;

    CurrentAccount(PlatformQueries queries) {
        this.queries = queries;
    }

    @ModelAttribute("me")
    AccountView me(@AuthenticationPrincipal PlatformUser user) {
        return user == null ? null
                : queries.find(new FindAccountQuery(user.accountId()), AccountView.class).orElse(null);
    }
}
