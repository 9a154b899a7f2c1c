package com.sponsorship.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConcurrentChangeRetryTest {

    private final ConcurrentChangeRetry retry = ConcurrentChangeRetry.create();
    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();
    private final CommandGateway gateway = DefaultCommandGateway.builder().commandBus(bus).retryScheduler(retry).build();
    private final AtomicInteger attempts = new AtomicInteger();

    @AfterEach
    void stop() {
        retry.close();
    }

    @Test
    void aConcurrentChangeIsRetriedUpToThreeAttemptsInAll() {
        bus.subscribe(String.class.getName(), command -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("commit failed", new ConcurrencyException("changed meanwhile"));
        });
        assertThatThrownBy(() -> gateway.sendAndWait("change")).hasRootCauseInstanceOf(ConcurrencyException.class);
        assertThat(attempts).hasValue(ConcurrentChangeRetry.ATTEMPTS);
    }

    @Test
    void aCommandThatSucceedsOnARetryReturnsItsResult() {
        bus.subscribe(String.class.getName(), command -> {
            if (attempts.incrementAndGet() == 1) {
                throw new ConcurrencyException("changed meanwhile", new RuntimeException("duplicate key"));
            }
            return "done";
        });
        assertThat((String) gateway.sendAndWait("change")).isEqualTo("done");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void otherFailuresAreNotRetried() {
        bus.subscribe(String.class.getName(), command -> {
            attempts.incrementAndGet();
            throw new CommandExecutionException("rule violated", null, "details");
        });
        assertThatThrownBy(() -> gateway.sendAndWait("change")).isInstanceOf(CommandExecutionException.class);
        assertThat(attempts).hasValue(1);
        assertThat(retry.isExplicitlyNonTransient(new AggregateStreamCreationException("exists"))).isTrue();
        assertThat(retry.isExplicitlyNonTransient(new IllegalArgumentException("bad"))).isTrue();
    }
}
