package com.sponsorship.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down without locking anyone out and without telling registered e-mails
 * from unknown ones. After a few wrong passwords for one account name (registered or not) or from
 * one client address, the next attempt has to wait a delay that doubles with every further failure,
 * up to {@code max-delay}; an attempt made too early is refused exactly like a wrong password
 * (pages and API). Failures are forgotten after a quiet {@link #FORGET_AFTER}, an account's also
 * on its successful sign-in. Kept per instance in memory (Caffeine), for a bounded number of names
 * and addresses (when full, Caffeine drops those it expects to be least used again).
 */
@Component
public class LoginThrottle {

    static final int CAPACITY = 100_000;
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    private static final Duration FIRST_DELAY = Duration.ofSeconds(1);

    /** Written at each failure only: an entry expires a quiet {@link #FORGET_AFTER} after its last failure. */
    private final Cache<String, Failures> failures;
    private final int freeFailuresPerAccount;
    private final int freeFailuresPerClient;
    private final Duration maxDelay;
    private final Clock clock;

    @Autowired
    LoginThrottle(LoginProperties properties) {
        this(properties.freeFailuresPerAccount(), properties.freeFailuresPerClient(), properties.maxDelay(),
                Clock.systemUTC(), Ticker.systemTicker());
    }

    /** {@code clock} times the delays, {@code ticker} the forgetting. */
    LoginThrottle(int freeFailuresPerAccount, int freeFailuresPerClient, Duration maxDelay, Clock clock,
                  Ticker ticker) {
        this.failures = Caffeine.newBuilder()
                .maximumSize(CAPACITY)
                .expireAfterWrite(FORGET_AFTER)
                .ticker(ticker)
                .executor(Runnable::run) // evictions at once, on the signing-in thread: no lag behind the bound
                .build();
        this.freeFailuresPerAccount = freeFailuresPerAccount;
        this.freeFailuresPerClient = freeFailuresPerClient;
        this.maxDelay = maxDelay;
        this.clock = clock;
    }

    /** A correct password given before the throttle's delay has passed: refused like a wrong one. */
    static final class TooEarly extends BadCredentialsException {
        TooEarly() {
            super("Bad credentials");
        }
    }

    private record Failures(int count, Instant last) {
    }

    /** Whether an attempt for this account name from this client address comes before its delay has passed. */
    boolean tooEarly(Authentication attempt) {
        Instant now = clock.instant();
        return tooEarly(accountKey(attempt), freeFailuresPerAccount, now)
                || tooEarly(clientKey(attempt), freeFailuresPerClient, now);
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent failure) {
        if (failure.getException() instanceof TooEarly) {
            return; // not a wrong password; counting it would only punish the owner for being early
        }
        Instant now = clock.instant();
        count(accountKey(failure.getAuthentication()), now);
        count(clientKey(failure.getAuthentication()), now);
    }

    /** The account's failures are forgotten; its client's are not, or guesses could be interleaved with sign-ins to one's own account. */
    @EventListener
    void on(AuthenticationSuccessEvent success) {
        failures.invalidate(accountKey(success.getAuthentication()));
    }

    private boolean tooEarly(String key, int freeFailures, Instant now) {
        Failures recent = failures.getIfPresent(key);
        return recent != null && recent.count() >= freeFailures
                && now.isBefore(recent.last().plus(delay(recent.count() - freeFailures)));
    }

    /** 1 s after the last free failure, then doubling with each failure beyond, up to max-delay. */
    private Duration delay(int failuresBeyondFree) {
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(failuresBeyondFree, 30));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private void count(String key, Instant now) {
        failures.asMap().merge(key, new Failures(1, now), (earlier, first) -> new Failures(earlier.count() + 1, now));
    }

    /** How many names and addresses are remembered, after Caffeine's pending evictions. */
    long remembered() {
        failures.cleanUp();
        return failures.estimatedSize();
    }

    private static String accountKey(Authentication attempt) {
        String name = attempt.getName();
        return "account:" + (name == null ? "" : name.trim().toLowerCase(Locale.ROOT));
    }

    private static String clientKey(Authentication attempt) {
        return "client:" + (attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "");
    }
}
