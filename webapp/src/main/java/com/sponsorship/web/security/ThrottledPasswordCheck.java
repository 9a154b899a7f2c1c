package com.sponsorship.web.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Spring Security's password check, then the throttle, then the account's state: the password is
 * checked first so that an attempt costs the same time and gets the same answer whether the
 * account exists, is removed or not; a correct password given too early still fails like a wrong
 * one; only the right password learns that its account is disabled.
 */
class ThrottledPasswordCheck extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;

    ThrottledPasswordCheck(UserDetailsService users, PasswordEncoder passwords, LoginThrottle throttle) {
        super(users);
        setPasswordEncoder(passwords);
        setPreAuthenticationChecks(user -> { });
        setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.throttle = throttle;
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken attempt) {
        super.additionalAuthenticationChecks(user, attempt);
        if (throttle.tooEarly(attempt)) {
            throw new LoginThrottle.TooEarly();
        }
    }
}
