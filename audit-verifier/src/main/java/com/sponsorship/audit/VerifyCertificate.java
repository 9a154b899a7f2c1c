package com.sponsorship.audit;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The offline verifier: {@code java -jar audit-verifier.jar CERTIFICATE KEY}. Prints one line on standard
 * output, {@code valid} (exit 0) or {@code invalid: <reason>} (exit 1), also when the arguments or the files are
 * wrong. No network, no database.
 * <p>
 * Unknown JSON fields are ignored: no signature covers them and every field that counts is checked, so an
 * added field cannot make a certificate valid. A missing number (it would read as 0), a field given twice or
 * text after the JSON (another reader could take them otherwise) make the file unreadable.
 */
public final class VerifyCertificate {

    static final String USAGE = "usage: java -jar audit-verifier.jar CERTIFICATE KEY, where CERTIFICATE is the "
            + "deal certificate's JSON file and KEY the JSON of /api/v1/audit/key saved to a file";

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private VerifyCertificate() {
    }

    public static void main(String[] args) {
        Verdict verdict = run(args);
        System.out.println(verdict);
        System.exit(verdict.valid() ? 0 : 1);
    }

    static Verdict run(String... args) {
        if (args.length != 2) {
            return Verdict.invalid(USAGE);
        }
        try {
            DealCertificate certificate = read(args[0], DealCertificate.class, "certificate file",
                    "a deal certificate");
            PlatformKey key = read(args[1], PlatformKey.class, "key file", "the JSON of /api/v1/audit/key");
            return new Verifier().verify(certificate, key);
        } catch (IllegalArgumentException unreadable) {
            return Verdict.invalid(unreadable.getMessage());
        }
    }

    /** The file's JSON as a {@code type}; {@link IllegalArgumentException} saying why when it holds none. */
    private static <T> T read(String file, Class<T> type, String which, String what) {
        String named = "the " + which + " " + file;
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException | InvalidPathException absent) {
            throw new IllegalArgumentException(named + " does not exist");
        } catch (AccessDeniedException denied) {
            throw new IllegalArgumentException(named + " cannot be read: permission denied");
        } catch (IOException failed) {
            throw new IllegalArgumentException(named + " cannot be read: " + oneLine(failed.getMessage()));
        }
        try {
            T value = JSON.readValue(bytes, type);
            if (value == null) {
                throw new IllegalArgumentException(named + " holds null, not " + what);
            }
            return value;
        } catch (JacksonException malformed) {
            throw new IllegalArgumentException(named + " is not " + what + " in JSON: " + explain(malformed));
        }
    }

    /** Jackson's reason without its advice to programmers, where in the file, and at which field. */
    private static String explain(JacksonException malformed) {
        StringBuilder reason = new StringBuilder(oneLine(malformed.getOriginalMessage())
                .replaceAll(" \\(set [^()]* to allow\\)", ""));
        String field = "";
        for (JacksonException.Reference reference : malformed.getPath()) {
            if (reference.getPropertyName() != null) {
                field += (field.isEmpty() ? "" : ".") + reference.getPropertyName();
            } else if (reference.getIndex() >= 0) {
                field += "[" + reference.getIndex() + "]";
            }
        }
        if (!field.isEmpty()) {
            reason.append(" at ").append(field);
        }
        if (malformed.getLocation() != null) {
            reason.append(" (line ").append(malformed.getLocation().getLineNr()).append(", column ")
                    .append(malformed.getLocation().getColumnNr()).append(')');
        }
        return reason.toString();
    }

    private static String oneLine(String text) {
        return String.valueOf(text).replaceAll("\\s+", " ").strip();
    }
}
