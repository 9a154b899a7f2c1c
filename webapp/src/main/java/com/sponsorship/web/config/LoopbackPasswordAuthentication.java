package com.sponsorship.web.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The embedded server's pg_hba.conf: password (SCRAM) logins over loopback TCP only; no trust, no
 * unix socket, no replication. Rewritten at every start, so a server made by an earlier version or
 * a hand-edited file ends up the same.
 */
final class LoopbackPasswordAuthentication {

    static final String PG_HBA = """
            # Written by the Sponsorship Coordination Platform at every start; edits are overwritten.
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256
            """;

    private LoopbackPasswordAuthentication() {
    }

    /** Writes pg_hba.conf unless it is already this; true when it changed (the server must reload). */
    static boolean write(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve("pg_hba.conf");
        if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(PG_HBA)) {
            return false;
        }
        Path temporary = dataDirectory.resolve("pg_hba.conf.tmp");
        Files.writeString(temporary, PG_HBA, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }
}
