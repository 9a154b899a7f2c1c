package com.sponsorship.query;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The rows a JPA projection keeps, one per aggregate. When a tracking processor hands a projection
 * a batch of events, the first update in the batch loads the rows of all the batch's aggregates in
 * one query; the other updates then find their row in the persistence context instead of
 * selecting it one event at a time (a rebuild of a large store is mostly updates).
 */
public final class ProjectionRows<T extends ReadModelRow> {

    private final JpaRepository<T, String> repository;
    private final String batchLoaded;

    public ProjectionRows(JpaRepository<T, String> repository, String name) {
        this.repository = repository;
        this.batchLoaded = ProjectionRows.class.getName() + "." + name;
    }

    public void insert(T row) {
        repository.save(row);
    }

    /** Changes the row of {@code id}; an event about a row the projection never created changes nothing. */
    public void update(String id, Consumer<T> change) {
        loadBatch();
        repository.findById(id).ifPresent(row -> {
            change.accept(row);
            repository.save(row);
        });
    }

    public void deleteAll() {
        repository.deleteAllInBatch();
    }

    private void loadBatch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        if (unitOfWork instanceof BatchingUnitOfWork<?> batch && batch.getMessages().size() > 1
                && unitOfWork.resources().putIfAbsent(batchLoaded, Boolean.TRUE) == null) {
            List<String> ids = batch.getMessages().stream()
                    .map(message -> message instanceof DomainEventMessage<?> event ? event.getAggregateIdentifier() : null)
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList();
            repository.findAllById(ids);
        }
    }
}
