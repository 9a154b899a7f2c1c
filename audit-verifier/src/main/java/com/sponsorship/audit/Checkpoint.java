package com.sponsorship.audit;

import java.nio.charset.StandardCharsets;

/**
 * A signed checkpoint: the chain's hash at link {@code link} (the event at global {@code position}),
 * signed at {@code at} (an ISO-8601 instant) with the platform's key. {@code hash} is hex, {@code
 * signature} Base64 of the Ed25519 signature of {@link #statement()}.
 */
public record Checkpoint(long link, long position, String hash, String at, String signature) {

    /** The exact bytes signed. */
    public byte[] statement() {
        return statement(link, position, hash, at);
    }

    public static byte[] statement(long link, long position, String hash, String at) {
        return ("sponsorship-checkpoint/1\nlink=" + link + "\nposition=" + position + "\nhash=" + hash + "\nat=" + at
                + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
