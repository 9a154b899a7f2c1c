package com.sponsorship.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class LoginThrottleTest {

    private static final String HOME = "192.0.2.1";
    private static final String ELSEWHERE = "198.51.100.7";

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(3, 10, Duration.ofSeconds(30), clock, clock::nanos);

    @Test
    void anAccountNameWaitsADoublingDelayAfterItsFreeFailuresWhateverItsCaseAndClient() {
        fail("Ann@Example.com", HOME);
        fail("ann@example.com", ELSEWHERE);
        assertThat(tooEarly("ann@example.com", HOME)).isFalse();
        fail("ANN@example.com", "203.0.113.9");
        assertThat(tooEarly("ann@example.com", "203.0.113.10")).isTrue();
        assertThat(tooEarly("bob@example.com", HOME)).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(tooEarly("ann@example.com", HOME)).isFalse();
        fail("ann@example.com", HOME);
        clock.advance(Duration.ofMillis(1500));
        assertThat(tooEarly("ann@example.com", HOME)).isTrue();
        clock.advance(Duration.ofMillis(500));
        assertThat(tooEarly("ann@example.com", HOME)).isFalse();
    }

    @Test
    void aClientAddressWaitsAfterItsFreeFailuresWhateverTheNamesItTries() {
        for (int i = 0; i < 10; i++) {
            fail("guess-" + i + "@example.com", HOME);
        }
        assertThat(tooEarly("someone-new@example.com", HOME)).isTrue();
        assertThat(tooEarly("someone-new@example.com", ELSEWHERE)).isFalse();
    }

    @Test
    void theDelayStopsGrowingAtTheMaximum() {
        for (int i = 0; i < 50; i++) {
            fail("ann@example.com", HOME);
        }
        clock.advance(Duration.ofSeconds(29));
        assertThat(tooEarly("ann@example.com", ELSEWHERE)).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(tooEarly("ann@example.com", ELSEWHERE)).isFalse();
    }

    @Test
    void failuresAreForgottenAfterAQuietPeriod() {
        fail("ann@example.com", HOME);
        fail("ann@example.com", HOME);
        fail("ann@example.com", HOME);
        clock.advance(LoginThrottle.FORGET_AFTER.plusSeconds(1));
        fail("ann@example.com", HOME);
        assertThat(tooEarly("ann@example.com", HOME)).isFalse();
    }

    @Test
    void aSuccessfulSignInForgetsTheAccountsFailuresButNotTheClients() {
        for (int i = 0; i < 9; i++) {
            fail("ann@example.com", HOME);
        }
        throttle.on(new AuthenticationSuccessEvent(attempt("ann@example.com", HOME)));
        assertThat(tooEarly("ann@example.com", ELSEWHERE)).isFalse();
        fail("ann@example.com", HOME);
        assertThat(tooEarly("bob@example.com", HOME)).isTrue();
    }

    @Test
    void anAttemptRefusedForComingTooEarlyIsNotCountedAsAFailure() {
        fail("ann@example.com", HOME);
        fail("ann@example.com", HOME);
        fail("ann@example.com", HOME);
        throttle.on(new AuthenticationFailureBadCredentialsEvent(attempt("ann@example.com", HOME),
                new LoginThrottle.TooEarly()));
        clock.advance(Duration.ofSeconds(1));
        assertThat(tooEarly("ann@example.com", HOME)).isFalse();
    }

    @Test
    void remembersABoundedNumberOfNamesAndAddresses() {
        fail("ann@example.com", HOME);
        fail("ann@example.com", HOME);
        fail("ann@example.com", HOME);
        for (int i = 0; i < LoginThrottle.CAPACITY / 2; i++) {
            fail("guess-" + i + "@example.com", "client-" + i);
        }
        assertThat(tooEarly("ann@example.com", ELSEWHERE)).as("the least recently seen were dropped").isFalse();
    }

    @Test
    void neverRemembersMoreThanItsCapacity() {
        for (int i = 0; i < LoginThrottle.CAPACITY; i++) {
            fail("guess-" + i + "@example.com", "client-" + i);
        }
        assertThat(throttle.remembered()).as("names and addresses remembered").isLessThanOrEqualTo(LoginThrottle.CAPACITY);
    }

    @Test
    void failuresOfNamesAndAddressesThatNeverSignInAreForgottenToo() {
        for (int i = 0; i < 1_000; i++) {
            fail("guess-" + i + "@example.com", "client-" + i);
        }
        clock.advance(LoginThrottle.FORGET_AFTER.minusSeconds(1));
        assertThat(throttle.remembered()).isEqualTo(2_000);
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.remembered()).isZero();
    }

    private boolean tooEarly(String email, String client) {
        return throttle.tooEarly(attempt(email, client));
    }

    private void fail(String email, String client) {
        throttle.on(new AuthenticationFailureBadCredentialsEvent(attempt(email, client),
                new BadCredentialsException("wrong")));
    }

    private static UsernamePasswordAuthenticationToken attempt(String email, String client) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, "x");
        attempt.setDetails(new WebAuthenticationDetails(client, null));
        return attempt;
    }

    private static final class MutableClock extends Clock {
        private static final Instant START = Instant.parse("2026-06-01T12:00:00Z");
        private Instant now = START;

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        /** The same time as a Caffeine Ticker reads it: nanoseconds from an arbitrary origin. */
        long nanos() {
            return Duration.between(START, now).toNanos();
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
