package com.sponsorship.web;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The application log every integration test writes (application-test.properties), read from an offset on. */
final class IntegrationLog {

    private static final Path LOG = Path.of("target", "integration-tests.log");

    private IntegrationLog() {
    }

    /** Where the log ends now: what is written from here on is {@link #since(long)}. */
    static long end() throws IOException {
        return Files.size(LOG);
    }

    static String since(long offset) throws IOException {
        try (RandomAccessFile log = new RandomAccessFile(LOG.toFile(), "r")) {
            byte[] rest = new byte[(int) (log.length() - offset)];
            log.seek(offset);
            log.readFully(rest);
            return new String(rest, StandardCharsets.UTF_8);
        }
    }
}
