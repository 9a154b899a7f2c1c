package com.sponsorship.web.config;

import com.sponsorship.api.upcasting.NegotiationUpcasters;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event upcasters, as a bean: Axon's Spring Boot autoconfiguration (InfraConfiguration) registers
 * every EventUpcaster bean with the configurer, whose upcaster chain the event store (JPA or Axon
 * Server) applies to every stored event it reads, so events stored before revision 1 load as today's.
 */
@Configuration(proxyBeanMethods = false)
public class EventUpcasterConfiguration {

    @Bean
    EventUpcaster negotiationUpcasters() {
        return NegotiationUpcasters.chain();
    }
}
