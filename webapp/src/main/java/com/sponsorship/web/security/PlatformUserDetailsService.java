package com.sponsorship.web.security;

import com.sponsorship.api.account.FindLoginAccountQuery;
import com.sponsorship.api.account.LoginAccount;
import com.sponsorship.web.command.PlatformQueries;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Signs in with the credentials kept on the command side, asked for through the query gateway. */
@Component
class PlatformUserDetailsService implements UserDetailsService {

    private final PlatformQueries queries;
    private final LoginThrottle throttle;

    PlatformUserDetailsService(PlatformQueries queries, LoginThrottle throttle) {
        this.queries = queries;
        this.throttle = throttle;
    }

    @Override
    public PlatformUser loadUserByUsername(String email) {
        boolean locked = throttle.isLocked(email);
        return queries.find(new FindLoginAccountQuery(email), LoginAccount.class)
                .map(account -> new PlatformUser(account, locked))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
