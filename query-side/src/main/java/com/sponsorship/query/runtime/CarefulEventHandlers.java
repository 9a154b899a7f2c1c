package com.sponsorship.query.runtime;

import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.Nonnull;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.stereotype.Component;

/**
 * Wraps the read models' event handlers for {@link CarefulBatches}: in a careful batch each event's
 * writes are flushed inside its handler, and an event whose rows were refused before is not
 * written again but handed to the dead-letter queue with the database's reason.
 */
@Component
class CarefulEventHandlers implements HandlerEnhancerDefinition {

    private static final Set<Class<?>> PROJECTIONS = ReadModel.ALL.stream().map(ReadModel::projection)
            .collect(Collectors.toUnmodifiableSet());

    private final EntityManager entityManager;

    CarefulEventHandlers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(@Nonnull MessageHandlingMember<T> original) {
        if (!PROJECTIONS.contains(original.declaringClass()) || !original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(@Nonnull Message<?> message, T target) throws Exception {
                CarefulBatches.handled();
                String refusal = CarefulBatches.refusal(message.getIdentifier());
                if (refusal != null) {
                    throw new UnstorableEventException(refusal);
                }
                if (!CarefulBatches.careful()) {
                    return super.handle(message, target);
                }
                try {
                    Object result = super.handle(message, target);
                    DeferredWrites.sendNow();
                    entityManager.flush();
                    return result;
                } catch (Exception refused) {
                    CarefulBatches.refused(message.getIdentifier(), refused);
                    throw refused;
                }
            }
        };
    }
}
