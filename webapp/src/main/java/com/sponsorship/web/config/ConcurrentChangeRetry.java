package com.sponsorship.web.config;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.common.ExceptionUtils;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * The command gateway's retry: a command that failed on a concurrent change of its aggregate (a
 * {@link ConcurrencyException} anywhere in the failure's causes, typically from the event store at
 * commit) is sent again shortly, up to {@link #ATTEMPTS} attempts in all, and decided again on the
 * newer state. Nothing else is retried: Axon's default would retry every failure not marked
 * non-transient, rule violations included, and its predicate marks a failure non-transient when
 * any of its causes matches, so the cause chain is checked here as a whole.
 */
final class ConcurrentChangeRetry extends IntervalRetryScheduler implements AutoCloseable {

    static final int ATTEMPTS = 3;
    private static final int INTERVAL_MILLIS = 10;

    private final ScheduledExecutorService executor;

    private ConcurrentChangeRetry(Builder builder, ScheduledExecutorService executor) {
        super(builder);
        this.executor = executor;
    }

    static ConcurrentChangeRetry create() {
        AtomicInteger threads = new AtomicInteger();
        ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, task -> {
            Thread thread = new Thread(task, "command-retry-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        return new ConcurrentChangeRetry(IntervalRetryScheduler.builder()
                .retryExecutor(executor)
                .retryInterval(INTERVAL_MILLIS)
                .maxRetryCount(ATTEMPTS - 1), executor);
    }

    @Override
    protected boolean isExplicitlyNonTransient(Throwable failure) {
        return ExceptionUtils.findException(failure, ConcurrencyException.class).isEmpty();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
