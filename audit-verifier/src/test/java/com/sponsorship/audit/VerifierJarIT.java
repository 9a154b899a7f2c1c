package com.sponsorship.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone jar as an auditor runs it: {@code java -jar target/audit-verifier.jar CERTIFICATE KEY}. */
class VerifierJarIT {

    private static final Path JAR = Path.of("target", "audit-verifier.jar");

    private final CertificateFixture fixture = new CertificateFixture();

    @TempDir
    Path directory;

    @Test
    void aValidCertificateExitsZero() throws Exception {
        Run run = verifier(certificate(), key());

        assertThat(run.output()).isEqualTo("valid");
        assertThat(run.exit()).isZero();
    }

    @Test
    void aTamperedCertificateExitsOneWithTheReason() throws Exception {
        Path certificate = certificate();
        Files.writeString(certificate, Files.readString(certificate).replace("1300", "1301"));

        Run run = verifier(certificate, key());

        assertThat(run.output()).isEqualTo("invalid: event sequence 2 (position 124, type "
                + "com.sponsorship.api.negotiation.OfferMade) was changed: its content does not match the digest the "
                + "platform signed");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void aWrongNumberOfArgumentsExitsOneWithTheUsage() throws Exception {
        Run run = verifier(certificate());

        assertThat(run.output()).isEqualTo("invalid: " + VerifyCertificate.USAGE);
        assertThat(run.exit()).isEqualTo(1);
    }

    private Path certificate() throws IOException {
        return CertificateFixture.write(directory.resolve("certificate.json"), fixture.certificate);
    }

    private Path key() throws IOException {
        return CertificateFixture.write(directory.resolve("key.json"), fixture.platformKey);
    }

    /** Runs the jar with the running JVM's java; its output (stdout and stderr) goes to a file, so it cannot block. */
    private Run verifier(Path... files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        for (Path file : files) {
            command.add(file.toString());
        }
        Path output = directory.resolve("output.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the verifier ends within a minute").isTrue();
        return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8).strip());
    }

    private record Run(int exit, String output) {
    }
}
