package com.sponsorship.web;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What must never be in a log: a test's password, a bcrypt hash, a private key in PEM, or a failed statement
 * quoting its values.
 */
final class LoggedSecrets {

    private static final List<String> MARKERS = Stream.concat(
            Stream.of("$2a$", "$2b$", "$2y$", "Key (email)", "PRIVATE KEY"), TestData.PASSWORDS.stream()).toList();
    /** The driver names a failed batch entry "<unknown>" unless it quotes the statement with its values. */
    private static final Pattern QUOTED_BATCH_ENTRY = Pattern.compile("Batch entry \\d+ (?!<unknown>)");

    private LoggedSecrets() {
    }

    /** The lines that give a secret away. */
    static List<String> in(Stream<String> lines) {
        return lines.filter(line -> MARKERS.stream().anyMatch(line::contains) || QUOTED_BATCH_ENTRY.matcher(line).find())
                .toList();
    }
}
