package com.sponsorship.web.security;

import com.sponsorship.api.common.DomainRuleException;
import com.sponsorship.api.common.Refusal;
import com.sponsorship.api.common.Rules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * A signed-in user confirms a grave step with their password, checked (and throttled) as at
 * sign-in. Without the web application's security there is no check, and nothing is confirmed.
 */
@Component
public class PasswordConfirmation {

    private final ObjectProvider<AuthenticationProvider> passwordCheck;

    PasswordConfirmation(ObjectProvider<AuthenticationProvider> passwordCheck) {
        this.passwordCheck = passwordCheck;
    }

    /** @throws DomainRuleException on field {@code field} when the password is not the user's */
    public void require(PlatformUser user, String password, String field) {
        try {
            passwordCheck.getObject().authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user.getUsername(),
                    password == null ? "" : password));
        } catch (AuthenticationException wrong) {
            throw new DomainRuleException(Refusal.WRONG_PASSWORD, field, Rules.PASSWORD_NOT_RIGHT);
        }
    }
}
