package com.sponsorship.web.config;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    /**
     * Tracking processors by default (the read models' own settings are in query-side's
     * ProjectionProcessing): once caught up a pooled streaming processor took about 400 ms here to
     * pick up a new event, a tracking processor a few milliseconds.
     */
    @Bean
    ConfigurerModule trackingProcessors() {
        return configurer -> configurer.eventProcessing().usingTrackingEventProcessors();
    }
}
