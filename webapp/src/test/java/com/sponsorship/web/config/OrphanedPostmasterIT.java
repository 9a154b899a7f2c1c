package com.sponsorship.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a start finds in postmaster.pid decides whether it may take the data directory over. */
class OrphanedPostmasterIT {

    @TempDir
    Path dataDirectory;

    @Test
    void aDirectoryHeldByARunningInstanceIsRefusedNamingTheDirectory() throws Exception {
        try (EmbeddedPostgres running = EmbeddedPostgres.builder().setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false).start()) {
            assertThatThrownBy(() -> OrphanedPostmaster.stopIfRunning(dataDirectory))
                    .hasMessageContaining(dataDirectory.toString()).hasMessageContaining("in use by another running instance");
            try (Connection stillServing = running.getPostgresDatabase().getConnection()) {
                assertThat(stillServing.isValid(5)).isTrue();
            }
        }
    }

    @Test
    void aPidFileOfADeadProcessIsLeftToPostgresqlWhichStartsAnyway() throws Exception {
        EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).start().close();
        Process exited = new ProcessBuilder("true").start();
        exited.waitFor();
        Files.writeString(dataDirectory.resolve("postmaster.pid"), exited.pid() + "\n" + dataDirectory + "\n");

        OrphanedPostmaster.stopIfRunning(dataDirectory);

        try (EmbeddedPostgres restarted = EmbeddedPostgres.builder().setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false).start();
             Connection connection = restarted.getPostgresDatabase().getConnection()) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }
}
