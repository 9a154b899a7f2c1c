package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs after all integration tests (its own failsafe execution, see the pom): the application log
 * they wrote together, every start, sign-in, refusal and failure of the run, holds no password
 * and no hash.
 */
class IntegrationLogAudit {

    /** Where application-test.properties sends every test application's log. */
    private static final Path LOG = Path.of("target", "integration-tests.log");

    @Test
    void theApplicationLogOfTheIntegrationTestsHoldsNoPasswordAndNoHash() throws IOException {
        assertThat(LOG).as("the integration tests' application log").exists();
        // a reader that replaces bytes that are not UTF-8 instead of failing on them
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(LOG),
                StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().toList();
            assertThat(lines).as("application starts logged").anyMatch(line -> line.contains("Started "));
            assertThat(LoggedSecrets.in(lines.stream())).as("log lines that give a secret away").isEmpty();
        }
    }
}
