package com.sponsorship.web.config;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    /**
     * Pooled streaming processors read the event stream once per processor and fan out to
     * segments, which makes replays (projection rebuilds) much faster than tracking processors.
     */
    @Bean
    ConfigurerModule pooledStreamingProjections() {
        return configurer -> configurer.eventProcessing().usingPooledStreamingEventProcessors();
    }
}
