package com.sponsorship.web.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** A disabled (removed) account answers a wrong password exactly as an unknown name does. */
class ThrottledPasswordCheckTest {

    private static final PasswordEncoder PASSWORDS = new BCryptPasswordEncoder(4);

    private final ThrottledPasswordCheck check = new ThrottledPasswordCheck(
            new InMemoryUserDetailsManager(User.withUsername("gone@example.com").password(PASSWORDS.encode("Right#Pass1"))
                    .disabled(true).roles("SPONSOR").build()),
            PASSWORDS, new LoginThrottle(new LoginProperties(1000, 1000, Duration.ofSeconds(30))));

    @Test
    void aWrongPasswordForADisabledAccountIsRefusedLikeAnyWrongPassword() {
        assertThatThrownBy(() -> check.authenticate(attempt("gone@example.com", "Wr0ng!pass")))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> check.authenticate(attempt("nobody@example.com", "Wr0ng!pass")))
                .isExactlyInstanceOf(BadCredentialsException.class);
    }

    @Test
    void onlyTheRightPasswordLearnsThatTheAccountIsDisabled() {
        assertThatThrownBy(() -> check.authenticate(attempt("gone@example.com", "Right#Pass1")))
                .isExactlyInstanceOf(DisabledException.class);
    }

    private static UsernamePasswordAuthenticationToken attempt(String email, String password) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        attempt.setDetails(new WebAuthenticationDetails("192.0.2.1", null));
        return attempt;
    }
}
