package com.sponsorship.command;

import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.modelling.command.Repository;

/**
 * Aggregates of one type event-sourced from an in-memory event store through a real Axon
 * repository (with its per-aggregate lock), for code that loads aggregates itself, like a
 * handler that touches two of them in one unit of work.
 */
public final class InMemoryEventSourcing<T> {

    private final Class<T> aggregateType;
    private final EmbeddedEventStore eventStore =
            EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private final EventSourcingRepository<T> repository;

    public InMemoryEventSourcing(Class<T> aggregateType) {
        this.aggregateType = aggregateType;
        this.repository = EventSourcingRepository.builder(aggregateType).eventStore(eventStore).build();
    }

    /** Appends these events to the aggregate's history, as if earlier commands had stored them. */
    public InMemoryEventSourcing<T> given(String aggregateId, Object... events) {
        long sequence = history(aggregateId).size();
        for (Object event : events) {
            eventStore.publish(new GenericDomainEventMessage<>(aggregateType.getSimpleName(), aggregateId, sequence++,
                    event));
        }
        return this;
    }

    public Repository<T> repository() {
        return repository;
    }

    /** Every event stored for the aggregate, oldest first. */
    public List<Object> history(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(Message::getPayload).map(Object.class::cast).toList();
    }
}
