package com.sponsorship.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's answers for files as the platform writes them, and for files that hold no certificate. */
class VerifyCertificateTest {

    private final CertificateFixture fixture = new CertificateFixture();

    @TempDir
    Path directory;

    @Test
    void aCertificateAndKeyAsThePlatformWritesThemAreValid() throws IOException {
        assertThat(verify(certificateFile(), keyFile())).isEqualTo(Verdict.VALID);
    }

    @Test
    void anAddedFieldIsIgnored() throws IOException {
        String json = Files.readString(certificateFile()).replaceFirst("\\{", "{\"comment\":\"checked by hand\",");

        assertThat(verify(file("commented.json", json), keyFile())).isEqualTo(Verdict.VALID);
    }

    @Test
    void aFileThatCanBeReadTwoWaysIsRefused() throws IOException {
        String json = Files.readString(certificateFile());
        Path twice = file("twice.json", json.replaceFirst("\\{", "{\"negotiationId\":\"negotiation-2\","));
        Path trailing = file("trailing.json", json + " {}");
        Path noSequence = file("no-sequence.json", json.replaceFirst("\"sequence\":0,", ""));

        assertThat(verify(twice, keyFile()).reason())
                .startsWith("the certificate file " + twice + " is not a deal certificate in JSON: Duplicate Object "
                        + "property \"negotiationId\"");
        assertThat(verify(trailing, keyFile()).reason())
                .startsWith("the certificate file " + trailing + " is not a deal certificate in JSON: Trailing token");
        assertThat(verify(noSequence, keyFile()).reason())
                .startsWith("the certificate file " + noSequence + " is not a deal certificate in JSON: Cannot map "
                        + "`null` into type `long` at events[0].sequence (line ");
    }

    @Test
    void unreadableFilesAreNamed() throws IOException {
        Path missing = directory.resolve("missing.json");
        Path broken = file("broken.json", "{\"format\":");

        assertThat(verify(missing, keyFile()))
                .hasToString("invalid: the certificate file " + missing + " does not exist");
        assertThat(verify(certificateFile(), broken).reason())
                .startsWith("the key file " + broken + " is not the JSON of /api/v1/audit/key in JSON: ")
                .endsWith("(line 1, column 11)");
        assertThat(verify(certificateFile(), file("null.json", "null")).reason())
                .isEqualTo("the key file " + directory.resolve("null.json")
                        + " holds null, not the JSON of /api/v1/audit/key");
    }

    @Test
    void aCertificateGivenAsKeyIsNotAKey() throws IOException {
        assertThat(verify(certificateFile(), certificateFile()).reason())
                .startsWith("the key names no algorithm: it should be the JSON of /api/v1/audit/key");
    }

    @Test
    void twoArgumentsAreNeeded() throws IOException {
        assertThat(verify(certificateFile())).hasToString("invalid: " + VerifyCertificate.USAGE);
        assertThat(verify()).hasToString("invalid: " + VerifyCertificate.USAGE);
    }

    private static Verdict verify(Path... files) {
        return VerifyCertificate.run(Stream.of(files).map(Path::toString).toArray(String[]::new));
    }

    private Path certificateFile() throws IOException {
        return CertificateFixture.write(directory.resolve("certificate.json"), fixture.certificate);
    }

    private Path keyFile() throws IOException {
        return CertificateFixture.write(directory.resolve("key.json"), fixture.platformKey);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    }
}
