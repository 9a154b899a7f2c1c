package com.sponsorship.web.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code platform.deadlines.poll-interval}: how often the deadline scheduler looks for due deadlines. */
@ConfigurationProperties("platform.deadlines")
public record DeadlineProperties(@DefaultValue("1s") Duration pollInterval) {
}
