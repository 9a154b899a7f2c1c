package com.sponsorship.web.security;

import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code platform.login.*}: wrong passwords for one account name or from one client address before
 * each further attempt must wait, a wait that doubles up to {@code max-delay} (see {@link LoginThrottle}).
 */
@ConfigurationProperties("platform.login")
@Validated
public record LoginProperties(@DefaultValue("5") @PositiveOrZero int freeFailuresPerAccount,
                              @DefaultValue("20") @PositiveOrZero int freeFailuresPerClient,
                              @DefaultValue("1m") Duration maxDelay) {
}
