package com.sponsorship.web.account;

import com.sponsorship.api.account.AccountPage;
import com.sponsorship.api.account.AccountView;
import com.sponsorship.api.account.EraseAccountCommand;
import com.sponsorship.api.account.FindAccountQuery;
import com.sponsorship.api.account.FindPersonalRecordQuery;
import com.sponsorship.api.account.PersonalRecord;
import com.sponsorship.api.account.SearchInfluencersQuery;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.common.Role;
import com.sponsorship.web.common.NotFoundException;
import com.sponsorship.web.common.PlatformCommands;
import com.sponsorship.web.common.PlatformQueries;
import com.sponsorship.web.common.ReadAccess;
import com.sponsorship.web.security.AccountSessions;
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
    private final AccountSessions sessions;

    AccountService(PlatformCommands commands, PlatformQueries queries, AccountSessions sessions) {
        this.commands = commands;
        this.queries = queries;
        this.sessions = sessions;
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

    /** Everything recorded about the signed-in person (GDPR Art. 15): only about themselves, whatever their role. */
    PersonalRecord record(PlatformUser user) {
        return queries.find(new FindPersonalRecordQuery(user.accountId()), PersonalRecord.class)
                .orElseThrow(() -> new NotFoundException("Account"));
    }

    void updateProfile(PlatformUser user, ProfileForm form) {
        commands.send(form.toCommand(user));
    }

    void changePassword(PlatformUser user, PasswordForm form) {
        commands.send(form.toCommand(user));
    }

    /** Erases an account (see {@link EraseAccountCommand}) and signs it out everywhere. */
    public void erase(Actor actor, String accountId, String reason) {
        Optional<AccountView> account = queries.find(new FindAccountQuery(accountId), AccountView.class);
        commands.send(new EraseAccountCommand(accountId, actor, reason));
        account.ifPresent(erased -> sessions.end(erased.email()));
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
