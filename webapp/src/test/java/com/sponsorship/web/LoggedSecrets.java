package com.sponsorship.web;

import java.util.List;
import java.util.stream.Stream;

/** What must never be in a log: a test's password, a bcrypt hash, or a failed statement quoting its values. */
final class LoggedSecrets {

    private static final List<String> MARKERS = Stream.concat(
            Stream.of("$2a$", "$2b$", "$2y$", "Key (email)", "Batch entry"), TestData.PASSWORDS.stream()).toList();

    private LoggedSecrets() {
    }

    /** The lines that give a secret away. */
    static List<String> in(Stream<String> lines) {
        return lines.filter(line -> MARKERS.stream().anyMatch(line::contains)).toList();
    }
}
