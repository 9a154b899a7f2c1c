package com.sponsorship.web.security;

import com.sponsorship.api.account.LoginAccount;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Role;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in account: Spring Security's user plus the platform's account id and role. */
public class PlatformUser extends User {

    private final String accountId;
    private final Role role;

    PlatformUser(LoginAccount account) {
        super(account.email(), account.passwordHash(), account.active(), true, true, true,
                List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
        this.accountId = account.accountId();
        this.role = account.role();
    }

    public String accountId() {
        return accountId;
    }

    public Role role() {
        return role;
    }

    /** Commands are always sent as the signed-in account: nobody acts for another. */
    public Actor actor() {
        return new Actor(accountId, role);
    }

}
