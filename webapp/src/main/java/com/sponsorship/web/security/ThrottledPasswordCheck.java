package com.sponsorship.web.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Spring Security's password check, then the throttle: the password is checked first so that an
 * attempt too early costs the same time whether the account exists or not, and a correct password
 * given too early still fails like a wrong one.
 */
class ThrottledPasswordCheck extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;

    ThrottledPasswordCheck(UserDetailsService users, PasswordEncoder passwords, LoginThrottle throttle) {
        super(users);
        setPasswordEncoder(passwords);
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
