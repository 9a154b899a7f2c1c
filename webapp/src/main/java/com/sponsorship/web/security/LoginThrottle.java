package com.sponsorship.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * After {@code max-failures} wrong passwords for one email within {@code window}, that email cannot
 * sign in (pages and API) until the window has passed; a successful sign-in forgets the failures.
 * Kept per instance in memory: enough to stop guessing, nothing to persist.
 */
@Component
public class LoginThrottle {

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;

    @Autowired
    LoginThrottle(@Value("${platform.login.max-failures:5}") int maxFailures,
                  @Value("${platform.login.lock-duration:15m}") Duration window) {
        this(maxFailures, window, Clock.systemUTC());
    }

    LoginThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** Whether the email has failed too often recently; a locked account is refused before its password is checked. */
    boolean isLocked(String email) {
        Deque<Instant> recent = failures.get(key(email));
        if (recent == null) {
            return false;
        }
        Instant since = clock.instant().minus(window);
        recent.removeIf(failure -> failure.isBefore(since));
        return recent.size() >= maxFailures;
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent failure) {
        failures.computeIfAbsent(key(failure.getAuthentication().getName()), email -> new ConcurrentLinkedDeque<>())
                .add(clock.instant());
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        failures.remove(key(success.getAuthentication().getName()));
    }

    private static String key(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    /** Sign-in page: a locked account is told so; any other failure gets the same vague message. */
    static AuthenticationFailureHandler failureHandler() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        handler.setDefaultFailureUrl("/login?error");
        return handler;
    }
}
