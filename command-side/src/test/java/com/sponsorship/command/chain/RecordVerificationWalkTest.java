package com.sponsorship.command.chain;

import static org.assertj.core.api.Assertions.assertThat;

import com.sponsorship.audit.Chain;
import com.sponsorship.audit.ChainedEvent;
import com.sponsorship.audit.Checkpoint;
import com.sponsorship.audit.Hashes;
import com.sponsorship.audit.PlatformKey;
import com.sponsorship.command.chain.RecordVerificationStatus.SignedCheckpoint;
import com.sponsorship.command.chain.RecordVerificationWalk.Broken;
import com.sponsorship.command.chain.RecordVerificationWalk.StoredCheckpoint;
import com.sponsorship.command.chain.RecordVerificationWalk.StoredLink;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Every rule of "Verify the record" on hand-built links: a chain holds, and each kind of tampering is named. */
class RecordVerificationWalkTest {

    private static final Instant CHAINED = Instant.parse("2026-11-30T10:15:30.123456Z");
    private static final String SIGNED = "2026-11-30T10:16:00Z";

    private final KeyPair platform = ed25519();
    private final PlatformKey key = PlatformKey.of(platform.getPublic());

    private static KeyPair ed25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ChainedEvent event(long position) {
        return new ChainedEvent(position, "aggregate-" + position, position - 1, "com.example.SomethingHappenedEvent",
                "1", "2026-11-30T10:15:0" + position + "Z", ("{\"n\":" + position + "}").getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
    }

    /** Links 1..n over events at positions 10, 20, ..., each link hashing the previous one. */
    private static List<StoredLink> chain(int n) {
        List<StoredLink> links = new ArrayList<>();
        byte[] previous = Chain.GENESIS;
        for (int link = 1; link <= n; link++) {
            ChainedEvent event = event(link * 10L);
            byte[] digest = event.digest();
            previous = Chain.next(previous, digest);
            links.add(new StoredLink(link, event.position(), digest, previous, CHAINED, event));
        }
        return links;
    }

    private StoredCheckpoint checkpoint(StoredLink link, KeyPair signer) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(signer.getPrivate());
            signature.update(Checkpoint.statement(link.link(), link.position(), Hashes.hex(link.hash()), SIGNED));
            return new StoredCheckpoint(link.link(), link.position(), link.hash(), SIGNED, signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Walks the links, {@code checkpoint} (if any) at its link; the first break, if any. */
    private Optional<Broken> walk(RecordVerificationWalk walk, List<StoredLink> links, StoredCheckpoint checkpoint) {
        for (StoredLink link : links) {
            Optional<Broken> broken = walk.follow(link, checkpoint != null && checkpoint.link() == link.link()
                    ? List.of(checkpoint) : List.of());
            if (broken.isPresent()) {
                return broken;
            }
        }
        return Optional.empty();
    }

    /** Links 1..5 signed at link 3, the link at {@code index} replaced by what {@code tamper} makes of it (null: removed). */
    private Optional<Broken> walkTampered(int index, UnaryOperator<StoredLink> tamper) {
        List<StoredLink> links = chain(5);
        StoredCheckpoint checkpoint = checkpoint(links.get(2), platform);
        List<StoredLink> tampered = new ArrayList<>(links);
        StoredLink replacement = tamper.apply(links.get(index));
        if (replacement == null) {
            tampered.remove(index);
        } else {
            tampered.set(index, replacement);
        }
        return walk(new RecordVerificationWalk(key), tampered, checkpoint);
    }

    private static StoredLink replaced(StoredLink link, ChainedEvent event) {
        return new StoredLink(link.link(), link.position(), link.eventDigest(), link.hash(), link.chainedAt(), event);
    }

    @Test
    void anUntouchedChainHoldsUpToItsLastPositionWithItsNewestSignedCheckpoint() {
        List<StoredLink> links = chain(5);
        RecordVerificationWalk walk = new RecordVerificationWalk(key);
        assertThat(walk(walk, links, checkpoint(links.get(3), platform))).isEmpty();
        assertThat(walk.checkedUpTo()).isEqualTo(50);
        assertThat(walk.lastSigned()).isEqualTo(new SignedCheckpoint(40, SIGNED));
    }

    @Test
    void aChangedEventIsNamedByItsPositionAggregateSequenceAndType() {
        Optional<Broken> broken = walkTampered(1, link -> {
            ChainedEvent original = link.event();
            byte[] payload = original.payload().clone();
            payload[payload.length - 2]++;
            return replaced(link, new ChainedEvent(original.position(), original.aggregateId(), original.sequence(),
                    original.type(), original.revision(), original.timestamp(), payload, original.metadata()));
        });
        assertThat(broken).contains(new Broken(20, "the event at position 20 (aggregate aggregate-20, sequence 19,"
                + " type com.example.SomethingHappenedEvent) was changed after it was chained at 2026-11-30T10:15:30Z"));
    }

    @Test
    void aDeletedEventIsNamedByItsPosition() {
        assertThat(walkTampered(3, link -> replaced(link, null)))
                .contains(new Broken(40, "the event at position 40 was deleted"));
    }

    @Test
    void anAlteredHashIsNamedByItsLink() {
        assertThat(walkTampered(1, link -> {
            byte[] hash = link.hash().clone();
            hash[0]++;
            return new StoredLink(link.link(), link.position(), link.eventDigest(), hash, CHAINED, link.event());
        })).contains(new Broken(20, "link 2 at position 20: its stored hash was altered"));
    }

    @Test
    void anEventChangedWithItsDigestRecomputedBreaksTheHash() {
        assertThat(walkTampered(1, link -> {
            ChainedEvent forged = new ChainedEvent(20, "aggregate-20", 19, "com.example.SomethingHappenedEvent", "1",
                    link.event().timestamp(), "{\"n\":21}".getBytes(StandardCharsets.UTF_8), link.event().metadata());
            return new StoredLink(2, 20, forged.digest(), link.hash(), CHAINED, forged);
        })).contains(new Broken(20, "link 2 at position 20: its stored hash was altered"));
    }

    @Test
    void aDeletedLinkIsNamed() {
        assertThat(walkTampered(1, link -> null))
                .contains(new Broken(30, "link 2 (before the link at position 30) is missing from the chain: it was deleted"));
    }

    @Test
    void aCheckpointNotSignedByThePlatformKeyIsNamed() {
        List<StoredLink> links = chain(5);
        assertThat(walk(new RecordVerificationWalk(key), links, checkpoint(links.get(2), ed25519()))).contains(
                new Broken(30, "the checkpoint signed at " + SIGNED + " for link 3 (position 30) is not signed by the"
                        + " platform's registered key"));
        assertThat(walk(new RecordVerificationWalk(null), links, checkpoint(links.get(2), platform))).contains(
                new Broken(30, "the checkpoint signed at " + SIGNED + " for link 3 (position 30) cannot be checked:"
                        + " no platform key is registered"));
    }

    @Test
    void aCheckpointWhoseHashOrPositionDiffersFromTheChainIsNamed() {
        List<StoredLink> links = chain(5);
        StoredCheckpoint signed = checkpoint(links.get(2), platform);
        byte[] otherHash = signed.hash().clone();
        otherHash[5]++;
        assertThat(walk(new RecordVerificationWalk(key), links, new StoredCheckpoint(3, 30, otherHash, SIGNED,
                signed.signature()))).contains(new Broken(30, "the checkpoint signed at " + SIGNED
                + " for link 3 (position 30) holds another hash than the chain: it was altered"));
        assertThat(walk(new RecordVerificationWalk(key), links, new StoredCheckpoint(3, 31, signed.hash(), SIGNED,
                signed.signature()))).contains(new Broken(30, "the checkpoint signed at " + SIGNED
                + " for link 3 (position 30) names position 31: it was altered"));
        assertThat(walk(new RecordVerificationWalk(key), links, new StoredCheckpoint(3, 30, signed.hash(),
                "2026-11-30T10:17:00Z", signed.signature()))).as("a re-dated signature")
                .map(Broken::detail).get().asString().endsWith("is not signed by the platform's registered key");
    }
}
