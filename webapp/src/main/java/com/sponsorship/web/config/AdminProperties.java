package com.sponsorship.web.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code platform.admin.*}: the admin account created at first start unless {@code create-on-start}
 * is false; without a password a random one is generated and printed once.
 */
@ConfigurationProperties("platform.admin")
public record AdminProperties(String email, @DefaultValue("") String password,
                              @DefaultValue("true") boolean createOnStart) {
}
