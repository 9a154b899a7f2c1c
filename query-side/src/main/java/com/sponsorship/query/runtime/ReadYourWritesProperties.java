package com.sponsorship.query.runtime;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code platform.read-your-writes.timeout}: how long a command waits for the read models to show its events. */
@ConfigurationProperties("platform.read-your-writes")
public record ReadYourWritesProperties(@DefaultValue("5s") Duration timeout) {
}
