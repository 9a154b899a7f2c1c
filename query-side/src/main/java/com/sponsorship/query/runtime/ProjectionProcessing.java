package com.sponsorship.query.runtime;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.springframework.context.annotation.Bean;

/** How every read model's processor runs: segments, batches, dead letters, careful retries. */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class ProjectionProcessing {

    /**
     * Every failure parks the event, with the deepest cause's message in printable characters: a
     * message carrying a NUL from the event would otherwise fail the dead letter's own insert.
     */
    static final EnqueuePolicy<EventMessage<?>> DEAD_LETTER_POLICY = (letter, cause) ->
            Decisions.enqueue(new ThrowableCause(cause.getClass().getName(), CarefulBatches.describe(cause)));

    private final int batchSize;
    private final int segments;

    ProjectionProcessing(ProjectionProperties properties) {
        this.batchSize = properties.batchSize();
        this.segments = properties.segments();
    }

    /**
     * A tracking processor per read model with {@code segments} segments and as many threads, so
     * that two cores, or two instances on one database, share the work; each handles up to
     * {@code batch-size} events per transaction (fast rebuilds). A tracking processor picks up a
     * new event within milliseconds (a pooled streaming one took about 400 ms here), and every
     * write waits for the read models.
     * <p>
     * Axon's default logs a failing handler and moves on, leaving a read model silently wrong.
     * Instead the event, and every later event of the same aggregate, waits in a dead-letter queue
     * (table dead_letter_entry) that admins see and retry; the cache of queued aggregates spares a
     * query per event while the queue is empty. Failures at flush or commit reach it through
     * {@link CarefulBatches}.
     */
    @Bean
    ConfigurerModule readModelProcessors() {
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            ReadModel.ALL.forEach(model -> processing
                    .registerTrackingEventProcessorConfiguration(model.name(), configuration ->
                            TrackingEventProcessorConfiguration.forParallelProcessing(segments)
                                    .andInitialSegmentsCount(segments).andBatchSize(batchSize))
                    .registerTransactionManager(model.name(), configuration ->
                            CarefulBatches.watching(configuration.getComponent(TransactionManager.class), () -> { }))
                    .registerDeadLetterQueue(model.name(), configuration -> deadLetterQueue(configuration, model.name()))
                    .registerDeadLetteringEventHandlerInvokerConfiguration(model.name(), (configuration, invoker) ->
                            invoker.enqueuePolicy(DEAD_LETTER_POLICY).enableSequenceIdentifierCache()));
        };
    }

    int batchSize() {
        return batchSize;
    }

    int segments() {
        return segments;
    }

    static SequencedDeadLetterQueue<EventMessage<?>> deadLetterQueue(Configuration configuration, String group) {
        return JpaSequencedDeadLetterQueue.<EventMessage<?>>builder()
                .processingGroup(group)
                .entityManagerProvider(configuration.getComponent(EntityManagerProvider.class))
                .transactionManager(configuration.getComponent(TransactionManager.class))
                .serializer(configuration.serializer())
                .build();
    }
}
