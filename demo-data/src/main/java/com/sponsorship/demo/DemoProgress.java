package com.sponsorship.demo;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows on the console how far the current phase is, every few seconds and when it ends, e.g.
 * {@code Demo data: 42,000 / 200,000 ad requests (1,230/s)}.
 */
final class DemoProgress implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "demo-data-progress");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Phase phase;

    private record Phase(String what, long total, AtomicLong done, long startedAt) {
    }

    DemoProgress(Duration every) {
        reporter.scheduleAtFixedRate(this::report, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void start(String what, long total) {
        phase = new Phase(what, total, new AtomicLong(), System.nanoTime());
    }

    void advance() {
        phase.done().incrementAndGet();
    }

    void reached(long done) {
        phase.done().set(done);
    }

    /** Reports the phase's final count. */
    void finish() {
        report();
    }

    private void report() {
        Phase current = phase;
        if (current == null) {
            return;
        }
        long done = current.done().get();
        double seconds = Math.max(0.001, (System.nanoTime() - current.startedAt()) / 1e9);
        log.info(String.format(Locale.ROOT, "Demo data: %,d / %,d %s (%,.0f/s)", done, current.total(), current.what(),
                done / seconds));
    }

    @Override
    public void close() {
        reporter.shutdownNow();
    }
}
