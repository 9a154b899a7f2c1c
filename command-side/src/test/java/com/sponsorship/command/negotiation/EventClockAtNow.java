package com.sponsorship.command.negotiation;

import java.time.Clock;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fixes the event clock at {@link Negotiations#NOW} before each test of the class it extends, and puts the
 * previous clock back after it: the clock is static, shared with every other test in the JVM.
 */
final class EventClockAtNow implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EventClockAtNow.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put(Clock.class, Negotiations.useEventClockAtNow());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        GenericEventMessage.clock = context.getStore(NAMESPACE).remove(Clock.class, Clock.class);
    }
}
