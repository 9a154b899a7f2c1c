package com.sponsorship.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.LongStream;

import com.sponsorship.audit.DealCertificate.Event;
import com.sponsorship.audit.DealCertificate.Link;
import com.sponsorship.audit.DealCertificate.Segment;

import tools.jackson.databind.json.JsonMapper;

/**
 * A platform in miniature, as the chainer and the certificate issuing build it: 30 stored events of several
 * aggregates chained in order, a checkpoint signed every 10 links, and the certificate of one negotiation whose
 * six events lie in all three segments.
 */
final class CertificateFixture {

    static final String NEGOTIATION = "negotiation-1";
    /** The deal's events; its last one is the one a checkpoint signs. */
    static final long[] DEAL_LINKS = {3, 7, 12, 15, 19, 30};
    static final int LINKS = 30;
    static final int CHECKPOINT_EVERY = 10;

    final KeyPair keys = generateKeys();
    final PlatformKey platformKey = PlatformKey.of(keys.getPublic());
    /** The stored event at link n, at index n - 1. */
    final List<ChainedEvent> store = new ArrayList<>();
    /** The chain's hash at link n, at index n (index 0: the genesis). */
    final List<byte[]> hashes = new ArrayList<>(List.of(Chain.GENESIS));
    final DealCertificate certificate;

    CertificateFixture() {
        long otherSequence = 0;
        for (long link = 1; link <= LINKS; link++) {
            int deal = dealIndex(link);
            ChainedEvent event = deal >= 0 ? event(link, NEGOTIATION, deal, "negotiation.OfferMade")
                    : event(link, "campaign-" + link % 3, otherSequence++, "campaign.CampaignEdited");
            store.add(event);
            hashes.add(Chain.next(hashes.get(hashes.size() - 1), event.digest()));
        }
        certificate = certificate();
    }

    /** What the platform issues: the deal's events, a segment per checkpoint interval holding one, signed. */
    private DealCertificate certificate() {
        List<Event> events = new ArrayList<>();
        for (long link : DEAL_LINKS) {
            ChainedEvent stored = store.get((int) link - 1);
            events.add(new Event(link, stored.position(), stored.aggregateId(), stored.sequence(), stored.type(),
                    stored.revision(), stored.timestamp(), text(stored.payload()), text(stored.metadata()),
                    Hashes.hex(stored.digest())));
        }
        List<Segment> segments = new ArrayList<>();
        for (long end = CHECKPOINT_EVERY; end <= LINKS; end += CHECKPOINT_EVERY) {
            long from = end - CHECKPOINT_EVERY + 1;
            List<Link> others = LongStream.rangeClosed(from, end).filter(link -> dealIndex(link) < 0)
                    .mapToObj(link -> new Link(link, Hashes.hex(store.get((int) link - 1).digest()))).toList();
            boolean holdsDealEvent = others.size() < CHECKPOINT_EVERY;
            if (holdsDealEvent) {
                segments.add(new Segment(from, Hashes.hex(hashes.get((int) from - 1)), others, checkpoint(end)));
            }
        }
        String issuedAt = "2026-11-30T12:00:00Z";
        byte[] statement = new DealCertificate(DealCertificate.FORMAT, NEGOTIATION, issuedAt, events, segments, null)
                .statement();
        return new DealCertificate(DealCertificate.FORMAT, NEGOTIATION, issuedAt, events, segments, sign(statement));
    }

    /** Writes {@code value} as the platform does: Jackson with its default settings. */
    static Path write(Path file, Object value) throws IOException {
        return Files.write(file, new JsonMapper().writeValueAsBytes(value));
    }

    Checkpoint checkpoint(long link) {
        String hash = Hashes.hex(hashes.get((int) link));
        long position = store.get((int) link - 1).position();
        String at = at(link).plusSeconds(5).toString();
        return new Checkpoint(link, position, hash, at, sign(Checkpoint.statement(link, position, hash, at)));
    }

    String sign(byte[] statement) {
        try {
            Signature signer = Signature.getInstance(PlatformKey.ALGORITHM);
            signer.initSign(keys.getPrivate());
            signer.update(statement);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static ChainedEvent event(long link, String aggregateId, long sequence, String type) {
        String payload = "{\"id\":\"" + aggregateId + "\",\"amount\":" + (1000 + link * 25)
                + ",\"note\":\"Zoë's offer\"}";
        String metadata = "{\"traceId\":\"trace-" + link + "\"}";
        return new ChainedEvent(100 + link * 2, aggregateId, sequence, "com.sponsorship.api." + type, "1",
                at(link).toString(), utf8(payload), utf8(metadata));
    }

    private static int dealIndex(long link) {
        for (int i = 0; i < DEAL_LINKS.length; i++) {
            if (DEAL_LINKS[i] == link) {
                return i;
            }
        }
        return -1;
    }

    private static Instant at(long link) {
        return Instant.parse("2026-11-30T10:00:00Z").plusSeconds(link * 60);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static KeyPair generateKeys() {
        try {
            return KeyPairGenerator.getInstance(PlatformKey.ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
