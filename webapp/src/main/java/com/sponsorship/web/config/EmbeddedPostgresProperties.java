package com.sponsorship.web.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code platform.embedded-postgres.*}, used when no {@code spring.datasource.url} is set: the data
 * directory kept across restarts, the port (0: a free one) and whether the server is durable
 * (fsync, synchronous commits and full page writes; off only for throw-away test databases).
 */
@ConfigurationProperties("platform.embedded-postgres")
@Validated
public record EmbeddedPostgresProperties(Path dataDirectory,
                                         @DefaultValue("0") @PositiveOrZero @Max(65535) int port,
                                         @DefaultValue("true") boolean durable) {
}
