package com.sponsorship.command.config;

import com.sponsorship.api.common.DomainRuleException;
import com.sponsorship.command.lookup.JpaCommandSideLookups;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration
public class CommandSideConfiguration {

    public static final String AGGREGATE_CACHE = "aggregateCache";

    /**
     * The command-side lookups follow the events inside the transaction that stores them
     * (subscribing processor), and a failure there fails the command instead of being logged.
     */
    @Bean
    public static ConfigurerModule commandLookupsInTheCommandTransaction() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(JpaCommandSideLookups.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(JpaCommandSideLookups.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }

    /**
     * A campaign collects one event per agreement, so loading it would grow with its history:
     * every 100 events a snapshot lets it load from the latest state instead. (History, exports
     * and audits still read from sequence 0.)
     */
    @Bean
    public SnapshotTriggerDefinition campaignSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, 100);
    }

    /**
     * Campaigns and negotiations receive command after command; keeping the loaded aggregates
     * (while memory allows) spares re-reading their events each time. Axon Server routes an
     * aggregate's commands to one instance, so its cache is always current; on the PostgreSQL event
     * store several instances may write one aggregate, so a cached copy is checked against the
     * store's latest sequence number before it is used.
     */
    @Bean(AGGREGATE_CACHE)
    public Cache aggregateCache(JdbcTemplate jdbc, @Value("${axon.axonserver.enabled:false}") boolean axonServer) {
        return axonServer ? new WeakReferenceCache() : new StoreCheckedCache(new WeakReferenceCache(), jdbc);
    }

    @Bean
    public PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * Every command is checked against its constraints where it is handled, whoever sent it, and a
     * broken rule travels back to the sender as the details of a CommandExecutionException, which
     * survives the trip through Axon Server.
     */
    @Autowired
    void interceptCommands(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(new BeanValidationInterceptor<>());
        commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            try {
                return chain.proceed();
            } catch (DomainRuleException refused) {
                throw new CommandExecutionException(refused.getMessage(), refused, refused.violation());
            }
        });
    }
}
