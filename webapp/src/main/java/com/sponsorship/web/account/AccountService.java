package com.sponsorship.web.account;

import com.sponsorship.api.account.AccountPage;
import com.sponsorship.api.account.AccountView;
import com.sponsorship.api.account.FindAccountQuery;
import com.sponsorship.api.account.SearchInfluencersQuery;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.common.Role;
import com.sponsorship.web.common.NotFoundException;
import com.sponsorship.web.common.PlatformCommands;
import com.sponsorship.web.common.PlatformQueries;
import com.sponsorship.web.common.ReadAccess;
import com.sponsorship.web.security.PlatformUser;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/** Accounts for pages and API alike: registering, one's own account and profile, finding influencers. */
@Service
public class AccountService {

    private final PlatformCommands commands;
    private final PlatformQueries queries;

    AccountService(PlatformCommands commands, PlatformQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** Registers the account a form describes under a new id, and returns that id. */
    String register(Function<String, Object> registration) {
        String id = UUID.randomUUID().toString();
        commands.send(registration.apply(id));
        return id;
    }

    AccountView me(PlatformUser user) {
        return queries.find(new FindAccountQuery(user.accountId()), AccountView.class)
                .orElseThrow(() -> new NotFoundException("Account"));
    }

    void updateProfile(PlatformUser user, ProfileForm form) {
        commands.send(form.toCommand(user));
    }

    void changePassword(PlatformUser user, PasswordForm form) {
        commands.send(form.toCommand(user));
    }

    public AccountPage searchInfluencers(String q, Category category, boolean ascending, PageRequest page) {
        return queries.fetch(new SearchInfluencersQuery(q, category, ascending, page), AccountPage.class);
    }

    /** The influencer with this id, if it is one (an ad request's addressee). */
    public Optional<AccountView> influencer(String id) {
        if (!ReadAccess.isId(id)) {
            return Optional.empty();
        }
        return queries.find(new FindAccountQuery(id), AccountView.class)
                .filter(account -> account.role() == Role.INFLUENCER);
    }
}
