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

    PlatformUserDetailsService(PlatformQueries queries) {
        this.queries = queries;
    }

    @Override
    public PlatformUser loadUserByUsername(String email) {
        return queries.find(new FindLoginAccountQuery(email), LoginAccount.class)
                .map(PlatformUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
