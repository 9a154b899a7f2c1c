package com.sponsorship.web.config;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * The password of the embedded server's superuser: generated once, kept in the data directory in
 * a file only its owner can read. initdb refuses a data directory holding any file, so a new
 * password first waits next to the directory ("pending") and moves in once the server runs with it;
 * a crash in between is healed by the next start, which finds it still pending.
 */
public final class SuperuserPassword {

    static final String SUPERUSER = "postgres";
    private static final String FILE_NAME = "superuser-password";
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int LENGTH = 32;

    private final Path file;
    private final Path pendingFile;
    private final String value;
    private boolean established;

    private SuperuserPassword(Path file, Path pendingFile, String value, boolean established) {
        this.file = file;
        this.pendingFile = pendingFile;
        this.value = value;
        this.established = established;
    }

    /** The password kept for this data directory, or a new pending one. */
    static SuperuserPassword forDataDirectory(Path dataDirectory) throws IOException {
        Path file = file(dataDirectory);
        Path pendingFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + "." + FILE_NAME);
        if (Files.exists(file)) {
            return new SuperuserPassword(file, pendingFile, read(file), true);
        }
        if (!Files.exists(pendingFile)) {
            writeOwnerOnly(pendingFile, generate());
        }
        return new SuperuserPassword(file, pendingFile, read(pendingFile), false);
    }

    /** The password of a data directory the application has started on before (for tools and tests). */
    public static String of(Path dataDirectory) throws IOException {
        return read(file(dataDirectory));
    }

    /** True once the superuser has this password and it is kept in the data directory. */
    boolean established() {
        return established;
    }

    String value() {
        return value;
    }

    /** The file initdb reads the password of a new server from. */
    Path pendingFile() {
        return pendingFile;
    }

    /**
     * Gives the superuser this password (a server made by an earlier version, or one whose start
     * crashed, may not have it yet) and keeps it in the data directory. The SCRAM verifier is
     * computed on this side, so the password itself never reaches the server's statement log.
     */
    void establish(Connection superuserConnection) throws IOException, SQLException {
        if (established) {
            return;
        }
        superuserConnection.unwrap(PGConnection.class).alterUserPassword(SUPERUSER, value.toCharArray(), "scram-sha-256");
        writeOwnerOnly(file, value);
        Files.delete(pendingFile);
        established = true;
    }

    @Override
    public String toString() {
        return "SuperuserPassword[" + file + "]";
    }

    private static Path file(Path dataDirectory) {
        return dataDirectory.resolve(FILE_NAME);
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }

    /** Created rw------- (never readable by others, even for a moment), synced, then renamed into place. */
    private static void writeOwnerOnly(Path target, String password) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.write(StandardCharsets.US_ASCII.encode(password));
            channel.force(true);
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
