package com.sponsorship.command.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sponsorship.audit.PlatformKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformSigningKeyTest {

    @TempDir
    Path directory;

    @Test
    void aKeyGeneratedAtFirstStartIsOwnerOnlyAndReadBackTheSame() throws Exception {
        Path file = directory.resolve("data").resolve("platform-signing-key.pem");
        PlatformSigningKey created = PlatformSigningKey.loadOrCreate(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----\n");
        PlatformSigningKey read = PlatformSigningKey.loadOrCreate(file);
        assertThat(read.platformKey()).isEqualTo(created.platformKey());
        byte[] statement = "a checkpoint".getBytes(StandardCharsets.UTF_8);
        assertThat(created.platformKey().signed(statement, read.sign(statement))).isTrue();
        assertThat(created.platformKey().signed("another".getBytes(StandardCharsets.UTF_8), read.sign(statement)))
                .isFalse();
    }

    @Test
    void readsAKeyAsOpensslWritesItAndDerivesItsPublicKey() {
        // openssl genpkey -algorithm ed25519, and its public key by: openssl pkey -pubout
        Path file = directory.resolve("openssl.pem");
        write(file, "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEII6NeUur6OkEEcES5KgucFTLkv3ULwtaWIGnWjdIkLZw\n"
                + "-----END PRIVATE KEY-----\n");
        assertThat(PlatformSigningKey.loadOrCreate(file).platformKey())
                .isEqualTo(new PlatformKey("Ed25519", "MCowBQYDK2VwAyEA0UeVuO8L1JdIQ1fSbByNDhYdxtGkkmzMcNYDw7dT6eg="));
    }

    @Test
    void instancesStartingTogetherShareOneKey() throws Exception {
        Path file = directory.resolve("together.pem");
        ExecutorService starts = Executors.newFixedThreadPool(4);
        try {
            Callable<PlatformKey> start = () -> PlatformSigningKey.loadOrCreate(file).platformKey();
            List<Future<PlatformKey>> keys = starts.invokeAll(List.of(start, start, start, start));
            PlatformKey first = keys.get(0).get();
            for (Future<PlatformKey> key : keys) {
                assertThat(key.get()).isEqualTo(first);
            }
        } finally {
            starts.shutdown();
        }
    }

    @Test
    void neitherItsTextNorAnErrorShowsThePrivateKey() throws Exception {
        Path file = directory.resolve("key.pem");
        PlatformSigningKey key = PlatformSigningKey.loadOrCreate(file);
        String body = Files.readString(file).split("\n")[1];
        assertThat(key.toString()).doesNotContain(body).contains(key.fingerprint());

        Path broken = directory.resolve("broken.pem");
        write(broken, "-----BEGIN PRIVATE KEY-----\n" + body.substring(0, 20) + "\n-----END PRIVATE KEY-----\n");
        assertThatThrownBy(() -> PlatformSigningKey.loadOrCreate(broken))
                .hasMessageContaining("does not hold an Ed25519 private key").hasMessageNotContaining(body.substring(0, 20));
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
