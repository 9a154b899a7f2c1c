package com.sponsorship;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SponsorshipPlatformApplication {

    /** Axon's update checker calls out to the internet at start-up; this platform never does. */
    public static final String UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

    public static void main(String[] args) {
        System.setProperty(UPDATE_CHECKER_DISABLED, "true");
        SpringApplication.run(SponsorshipPlatformApplication.class, args);
    }
}
