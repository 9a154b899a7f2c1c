package com.sponsorship.query;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The rows a JPA projection keeps, one per aggregate of one type. When a tracking processor hands
 * a projection a batch of events, the first update in the batch loads, in one query, the rows of
 * the batch's aggregates of that type that existed before the batch (an aggregate whose first
 * event is in the batch gets its row inserted by it); the other updates then find their row in the
 * persistence context instead of selecting it one event at a time (a rebuild is mostly updates).
 * A created row is persisted: a repository's save, seeing an assigned id, would first select the
 * row that cannot exist yet.
 */
public final class ProjectionRows<T> {

    private final JpaRepository<T, String> repository;
    private final EntityManager entityManager;
    private final String aggregateType;
    private final String batchLoaded;

    /** {@code aggregateType} as the event store records it: the aggregate class's simple name. */
    public ProjectionRows(JpaRepository<T, String> repository, EntityManager entityManager, String aggregateType) {
        this.repository = repository;
        this.entityManager = entityManager;
        this.aggregateType = aggregateType;
        this.batchLoaded = ProjectionRows.class.getName() + "." + aggregateType;
    }

    public void insert(T row) {
        entityManager.persist(row);
    }

    /** Changes the row of {@code id}; an event about a row the projection never created changes nothing. */
    public void update(String id, Consumer<T> change) {
        loadBatch();
        repository.findById(id).ifPresent(row -> {
            change.accept(row);
            repository.save(row);
        });
    }

    private void loadBatch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        if (unitOfWork instanceof BatchingUnitOfWork<?> batch && batch.getMessages().size() > 1
                && unitOfWork.resources().putIfAbsent(batchLoaded, Boolean.TRUE) == null) {
            List<DomainEventMessage<?>> events = batch.getMessages().stream()
                    .filter(message -> message instanceof DomainEventMessage<?> event
                            && aggregateType.equals(event.getType()))
                    .<DomainEventMessage<?>>map(DomainEventMessage.class::cast)
                    .toList();
            Set<String> createdInBatch = events.stream().filter(event -> event.getSequenceNumber() == 0)
                    .map(DomainEventMessage::getAggregateIdentifier).collect(Collectors.toSet());
            List<String> existing = events.stream().map(DomainEventMessage::getAggregateIdentifier)
                    .filter(id -> !createdInBatch.contains(id)).distinct().toList();
            if (!existing.isEmpty()) {
                repository.findAllById(existing);
            }
        }
    }
}
