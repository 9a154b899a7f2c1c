package com.sponsorship.query;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

/** Event messages as the event store hands them to projections and queries. */
public final class Events {

    private Events() {
    }

    /** {@code payload} as event {@code sequence} of aggregate {@code id} (of {@code type}), recorded {@code at}. */
    public static DomainEventMessage<?> event(String type, String id, long sequence, String at, Object payload) {
        return new GenericDomainEventMessage<>(type, id, sequence, payload, Map.of(), UUID.randomUUID().toString(),
                Instant.parse(at));
    }
}
