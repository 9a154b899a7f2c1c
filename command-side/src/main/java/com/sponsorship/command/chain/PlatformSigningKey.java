package com.sponsorship.command.chain;

import com.sponsorship.audit.Hashes;
import com.sponsorship.audit.PlatformKey;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;

/**
 * The Ed25519 key this instance signs with, from a PKCS#8 PEM file (as {@code openssl genpkey -algorithm
 * ed25519} writes it), generated at first start when the file does not exist: created owner-only and
 * exclusively, so of two instances starting together one writes it and the other reads it. The private key
 * stays in this object: nothing prints it, and {@link #toString()} names only the public key's fingerprint.
 */
public final class PlatformSigningKey {

    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";
    /** How long a file another instance is still writing may take to become readable. */
    private static final int READ_ATTEMPTS = 50;

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private PlatformSigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** The key in {@code file}, generated there first if there is none. */
    public static PlatformSigningKey loadOrCreate(Path file) {
        if (!Files.exists(file)) {
            try {
                return create(file);
            } catch (FileAlreadyExistsException anotherInstanceWasFirst) {
                // read below what the other instance wrote
            } catch (IOException e) {
                throw new UncheckedIOException("The platform signing key file " + file + " could not be created", e);
            }
        }
        return read(file);
    }

    private static PlatformSigningKey create(Path file) throws IOException {
        KeyPair pair = generator(new SecureRandom()).generateKeyPair();
        byte[] pem = (BEGIN + "\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                .encodeToString(pair.getPrivate().getEncoded()) + "\n" + END + "\n").getBytes(StandardCharsets.US_ASCII);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        try (OutputStream out = Channels.newOutputStream(Files.newByteChannel(file, options, ownerOnly))) {
            out.write(pem);
        }
        return new PlatformSigningKey(pair.getPrivate(), pair.getPublic());
    }

    /** Reads the file, waiting briefly while another instance may still be writing it. */
    private static PlatformSigningKey read(Path file) {
        for (int attempt = 1; ; attempt++) {
            try {
                return parse(Files.readString(file, StandardCharsets.US_ASCII));
            } catch (IOException | IllegalArgumentException | GeneralSecurityException unreadable) {
                if (attempt == READ_ATTEMPTS) {
                    // the cause's message could quote the file's content: only the file is named
                    throw new IllegalStateException("The platform signing key file " + file
                            + " does not hold an Ed25519 private key in PKCS#8 PEM: replace it or set PLATFORM_SIGNING_KEY");
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(40);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the platform signing key");
        }
    }

    private static PlatformSigningKey parse(String pem) throws GeneralSecurityException {
        int begin = pem.indexOf(BEGIN);
        int end = pem.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("not a PEM private key");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + BEGIN.length(), end));
        PrivateKey privateKey = KeyFactory.getInstance(PlatformKey.ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        byte[] seed = ((EdECPrivateKey) privateKey).getBytes()
                .orElseThrow(() -> new IllegalArgumentException("no private key bytes"));
        // Ed25519's public key follows from the private one: the generator derives it from the seed it draws
        PublicKey publicKey = generator(new FixedSeed(seed)).generateKeyPair().getPublic();
        return new PlatformSigningKey(privateKey, publicKey);
    }

    private static KeyPairGenerator generator(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(PlatformKey.ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, random);
            return generator;
        } catch (GeneralSecurityException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    /** The public key as served on {@code /api/v1/audit/key}. */
    public PlatformKey platformKey() {
        return PlatformKey.of(publicKey);
    }

    /** The first 16 hex digits of the SHA-256 of the public key's DER: enough to tell keys apart in a log. */
    public String fingerprint() {
        return fingerprint(platformKey());
    }

    public static String fingerprint(PlatformKey key) {
        return Hashes.hex(Hashes.sha256(Base64.getDecoder().decode(key.publicKey()))).substring(0, 16);
    }

    /** The Base64 Ed25519 signature of {@code statement}. */
    public String sign(byte[] statement) {
        try {
            Signature signature = Signature.getInstance(PlatformKey.ALGORITHM);
            signature.initSign(privateKey);
            signature.update(statement);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException everyJavaHasIt) {
            throw new IllegalStateException("Ed25519 signing failed", everyJavaHasIt);
        }
    }

    @Override
    public String toString() {
        return "PlatformSigningKey[public key " + fingerprint() + "]";
    }

    /** Hands the generator the seed of an existing key instead of fresh random bytes. */
    private static final class FixedSeed extends SecureRandom {

        private final byte[] seed;

        FixedSeed(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("Ed25519 draws a 32-byte seed");
            }
            System.arraycopy(seed, 0, bytes, 0, seed.length);
        }
    }
}
