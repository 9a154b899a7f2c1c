package com.sponsorship.web.security;

import com.sponsorship.api.account.FindLoginAccountQuery;
import com.sponsorship.api.account.LoginAccount;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Signs in with the credentials kept on the command side, asked for through the query gateway
 * directly: security sits below the features and their common plumbing, and depends on neither.
 */
@Component
class PlatformUserDetailsService implements UserDetailsService {

    private final QueryGateway queries;

    PlatformUserDetailsService(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public PlatformUser loadUserByUsername(String email) {
        return queries.query(new FindLoginAccountQuery(email), ResponseTypes.optionalInstanceOf(LoginAccount.class)).join()
                .map(PlatformUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
