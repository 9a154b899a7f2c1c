package com.sponsorship.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One stored event as the chain sees it: the columns of its row, the payload and metadata as the exact
 * bytes stored (encrypted personal data stays encrypted, so erasing a person never breaks the chain).
 */
public record ChainedEvent(long position, String aggregateId, long sequence, String type, String revision,
        String timestamp, byte[] payload, byte[] metadata) {

    private static final String TAG = "sponsorship-event/1";

    /**
     * SHA-256 over an unambiguous encoding of every field (each string and byte array length-prefixed,
     * an absent one as length -1), so no two different events share an encoding.
     */
    public byte[] digest() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out, TAG.getBytes(StandardCharsets.UTF_8));
            out.writeLong(position);
            write(out, utf8(aggregateId));
            out.writeLong(sequence);
            write(out, utf8(type));
            write(out, utf8(revision));
            write(out, utf8(timestamp));
            write(out, payload);
            write(out, metadata);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return Hashes.sha256(bytes.toByteArray());
    }

    private static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private static void write(DataOutputStream out, byte[] field) throws IOException {
        if (field == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(field.length);
        out.write(field);
    }
}
