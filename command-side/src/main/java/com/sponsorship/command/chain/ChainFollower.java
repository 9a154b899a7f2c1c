package com.sponsorship.command.chain;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs the {@link EventChainer} in its own thread, every {@code interval}, batch after batch while there
 * is more: a first start on a large store catches up in the background while the site serves. It starts
 * only once the one-time encryption of plain personal data has run (the one edit of stored events ever).
 */
public class ChainFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChainFollower.class);
    private static final long PROGRESS_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

    private final EventChainer chainer;
    private final JdbcTemplate jdbc;
    private final Duration interval;
    private final int batch;
    private ScheduledExecutorService thread;
    private volatile boolean running;
    private boolean storeReady;
    private long lastProgressLog = System.nanoTime();
    private boolean catchingUp;

    public ChainFollower(EventChainer chainer, JdbcTemplate jdbc, Duration interval, int batch) {
        this.chainer = chainer;
        this.jdbc = jdbc;
        this.interval = interval;
        this.batch = batch;
    }

    @Override
    public void start() {
        if (!chainer.keepsTheRecord()) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread chainer = new Thread(task, "event-chainer");
            chainer.setDaemon(true);
            return chainer;
        });
        running = true;
        thread.scheduleWithFixedDelay(this::follow, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (!running) {
            return;
        }
        running = false;
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void follow() {
        try {
            if (!storeReady()) {
                return;
            }
            EventChainer.Progress progress;
            do {
                progress = chainer.chainOnce();
                report(progress);
            } while (running && progress.chained() == batch);
        } catch (RuntimeException e) {
            // the next round retries; no message on the way quotes event content (the driver sends no row detail)
            log.warn("The event chain could not be extended; retrying in {} ms", interval.toMillis(), e);
        }
    }

    private boolean storeReady() {
        if (!storeReady) {
            storeReady = Boolean.TRUE.equals(jdbc.queryForObject(
                    "select exists (select 1 from personal_data_migration)", Boolean.class));
        }
        return storeReady;
    }

    /** At INFO while catching up: every 10 seconds how far, and when it has. */
    private void report(EventChainer.Progress progress) {
        if (progress.chained() == batch) {
            catchingUp = true;
            if (System.nanoTime() - lastProgressLog > PROGRESS_EVERY_NANOS) {
                lastProgressLog = System.nanoTime();
                log.info("Event chain catching up: {} links, up to position {}", progress.link(), progress.position());
            }
        } else if (catchingUp && progress.link() > 0) {
            catchingUp = false;
            log.info("Event chain caught up: {} links, up to position {}", progress.link(), progress.position());
        }
    }
}
