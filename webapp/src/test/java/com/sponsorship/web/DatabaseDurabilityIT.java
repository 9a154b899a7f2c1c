package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sponsorship.SponsorshipPlatformApplication;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The start-up check refuses a real database that would lose acknowledged commits. */
class DatabaseDurabilityIT {

    @TempDir
    Path dataDirectory;

    @Test
    void theAppRefusesToStartOnADatabaseWithFsyncOffUnlessAllowed() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(SponsorshipPlatformApplication.class)
                .profiles("test")
                .run("--server.port=0", "--platform.embedded-postgres.data-directory=" + dataDirectory,
                        "--platform.embedded-postgres.durable=false",
                        "--platform.database.allow-unsafe-durability=false").close())
                .rootCause().hasMessageStartingWith("PostgreSQL runs with fsync=off and synchronous_commit=off:");
    }
}
