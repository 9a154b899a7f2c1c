package com.sponsorship.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A deal certificate: every event of one negotiation, the chain links that tie each of them to a signed
 * checkpoint, and the platform's signature over which events it certifies. Serialized as JSON; checked
 * offline by {@code Verifier} against the platform's public key.
 *
 * @param format    {@link #FORMAT}
 * @param events    the negotiation's events, in sequence order from 0
 * @param segments  runs of consecutive links, each ending at a signed checkpoint; every event lies in one
 * @param signature Base64 Ed25519 signature of {@link #statement()}
 */
public record DealCertificate(String format, String negotiationId, String issuedAt, List<Event> events,
        List<Segment> segments, String signature) {

    public static final String FORMAT = "sponsorship-deal-certificate/1";

    /**
     * One event as stored: payload and metadata are the stored bytes as UTF-8 text (JSON), {@code digest}
     * the hex of {@link ChainedEvent#digest()}, covered by the certificate's signature.
     */
    public record Event(long link, long position, String aggregateId, long sequence, String type, String revision,
            String timestamp, String payload, String metadata, String digest) {

        public ChainedEvent chained() {
            return new ChainedEvent(position, aggregateId, sequence, type, revision, timestamp,
                    payload.getBytes(StandardCharsets.UTF_8),
                    metadata == null ? null : metadata.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Links {@code fromLink} to {@code checkpoint.link()}: starting from {@code previousHash} (hex, the hash of
     * link {@code fromLink - 1}), each link takes the digest of the certificate's event with that link
     * number, or else of {@code others} (other events, by digest only: they are not this deal's).
     */
    public record Segment(long fromLink, String previousHash, List<Link> others, Checkpoint checkpoint) {
    }

    /** A link of an event outside the deal: its number and its event's digest (hex). */
    public record Link(long link, String digest) {
    }

    /** The exact bytes the platform signs: the format, the negotiation, the time, and each event's link and digest. */
    public byte[] statement() {
        StringBuilder text = new StringBuilder(FORMAT).append("\nnegotiation=").append(negotiationId)
                .append("\nissuedAt=").append(issuedAt).append('\n');
        for (Event event : events) {
            text.append("event=").append(event.sequence()).append(':').append(event.link()).append(':')
                    .append(event.position()).append(':').append(event.digest()).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
