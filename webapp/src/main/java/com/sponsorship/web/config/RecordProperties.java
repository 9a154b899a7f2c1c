package com.sponsorship.web.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code platform.record.*}: the tamper-evident record. {@code signingKey} is the platform key's PEM file
 * (empty: {@code platform-signing-key.pem} beside the data directory); the rest is how the chainer follows
 * the store (see {@code ChainSettings}) and how long a certificate waits for its events.
 */
@ConfigurationProperties("platform.record")
public record RecordProperties(String signingKey, @DefaultValue("250ms") Duration pollInterval,
        @DefaultValue("2000") int batch, @DefaultValue("2s") Duration gapWait, @DefaultValue("10m") Duration lateWindow,
        @DefaultValue("1000") long checkpointEvery, @DefaultValue("24h") Duration checkpointAtLeast,
        @DefaultValue("10s") Duration certificateWait) {
}
