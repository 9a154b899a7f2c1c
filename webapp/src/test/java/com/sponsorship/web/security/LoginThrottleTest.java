package com.sponsorship.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), clock);

    @Test
    void locksAnEmailAfterTooManyFailuresWhateverItsCase() {
        fail("Ann@Example.com");
        fail("ann@example.com");
        assertThat(throttle.isLocked("ann@example.com")).isFalse();
        fail("ANN@example.com");
        assertThat(throttle.isLocked("ann@example.com")).isTrue();
        assertThat(throttle.isLocked("bob@example.com")).isFalse();
    }

    @Test
    void unlocksWhenTheFailuresAreOlderThanTheWindow() {
        fail("ann@example.com");
        fail("ann@example.com");
        fail("ann@example.com");
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.isLocked("ann@example.com")).isFalse();
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        fail("ann@example.com");
        fail("ann@example.com");
        throttle.on(new AuthenticationSuccessEvent(new TestingAuthenticationToken("ann@example.com", null)));
        fail("ann@example.com");
        assertThat(throttle.isLocked("ann@example.com")).isFalse();
    }

    private void fail(String email) {
        throttle.on(new AuthenticationFailureBadCredentialsEvent(new TestingAuthenticationToken(email, null),
                new BadCredentialsException("wrong")));
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-06-01T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
