package com.sponsorship.query.runtime;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code platform.projections.*}: each read model's tracking processor handles up to
 * {@code batch-size} events per transaction in {@code segments} segments (and threads), shared by
 * the instances on one database.
 */
@ConfigurationProperties("platform.projections")
@Validated
public record ProjectionProperties(@DefaultValue("1000") @Positive int batchSize,
                                   @DefaultValue("2") @Positive int segments) {
}
