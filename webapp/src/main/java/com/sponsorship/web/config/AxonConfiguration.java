package com.sponsorship.web.config;

import java.lang.management.ManagementFactory;
import java.util.UUID;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
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

    /** Axon's default gateway, plus a retry of commands that met a concurrent change of their aggregate. */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ConcurrentChangeRetry concurrentChangeRetry) {
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(concurrentChangeRetry).build();
    }

    @Bean
    ConcurrentChangeRetry concurrentChangeRetry() {
        return ConcurrentChangeRetry.create();
    }

    /**
     * Tokens in PostgreSQL, claimed under a name unique to this application instance. Axon's
     * default name, the JVM's pid@host, is the same for two instances in one JVM, and for containers
     * that all run as pid 1 on hosts named alike: both would then process the same segments.
     */
    @Bean
    TokenStore tokenStore(Serializer serializer, EntityManagerProvider entityManagerProvider,
                          TokenStoreProperties properties) {
        return JpaTokenStore.builder()
                .entityManagerProvider(entityManagerProvider)
                .serializer(serializer)
                .claimTimeout(properties.getClaimTimeout())
                .nodeId(ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID())
                .build();
    }
}
