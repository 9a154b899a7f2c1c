package com.sponsorship.audit;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.sponsorship.audit.DealCertificate.Event;
import com.sponsorship.audit.DealCertificate.Link;
import com.sponsorship.audit.DealCertificate.Segment;

/**
 * Checks a deal certificate against the platform's public key, offline. The checks run from the most precise
 * reason to the most general one: what the certificate must hold, then the events themselves (order, content,
 * links), then the platform's signature over the list, then the chain from each event to a signed checkpoint.
 * The first failure is the verdict.
 */
public final class Verifier {

    public Verdict verify(DealCertificate certificate, PlatformKey key) {
        try {
            checkComplete(certificate);
            checkKey(key);
            checkSequences(certificate);
            checkDigests(certificate);
            checkLinks(certificate);
            checkSignature(certificate, key);
            checkSegments(certificate, key);
            return Verdict.VALID;
        } catch (Broken broken) {
            return Verdict.invalid(broken.getMessage());
        }
    }

    private static void checkComplete(DealCertificate certificate) {
        if (certificate == null) {
            throw new Broken("there is no certificate");
        }
        if (!DealCertificate.FORMAT.equals(certificate.format())) {
            throw new Broken("the certificate's format is " + certificate.format() + ", not " + DealCertificate.FORMAT
                    + ", which is the one this verifier checks");
        }
        require(certificate.negotiationId(), "the certificate names no negotiation");
        require(certificate.signature(), "the certificate carries no signature");
        if (certificate.events() == null || certificate.events().isEmpty()) {
            throw new Broken("the certificate lists no events");
        }
        if (certificate.segments() == null || certificate.segments().isEmpty()) {
            throw new Broken("the certificate has no segments, so nothing ties its events to a signed checkpoint");
        }
        for (int i = 0; i < certificate.events().size(); i++) {
            Event event = certificate.events().get(i);
            String entry = "entry " + (i + 1) + " of the certificate's events";
            require(event, entry + " is empty");
            require(event.aggregateId(), entry + " has no aggregateId");
            require(event.type(), entry + " has no type");
            require(event.timestamp(), entry + " has no timestamp");
            require(event.payload(), entry + " has no payload");
            require(event.digest(), entry + " has no digest");
        }
        for (int k = 0; k < certificate.segments().size(); k++) {
            Segment segment = certificate.segments().get(k);
            String name = "segment " + (k + 1) + " of the certificate";
            require(segment, name + " is empty");
            require(segment.previousHash(), name + " has no previousHash");
            require(segment.checkpoint(), name + " has no checkpoint");
            require(segment.checkpoint().hash(), "the checkpoint of " + name + " has no hash");
            require(segment.checkpoint().at(), "the checkpoint of " + name + " has no time");
            require(segment.checkpoint().signature(), "the checkpoint of " + name + " has no signature");
            for (Link other : others(segment)) {
                require(other, name + " has an empty entry among its other links");
                require(other.digest(), name + " gives no digest for link " + other.link());
            }
        }
    }

    private static void checkKey(PlatformKey key) {
        if (key == null) {
            throw new Broken("there is no key");
        }
        String expected = ": it should be the JSON of /api/v1/audit/key, "
                + "{\"algorithm\":\"Ed25519\",\"publicKey\":\"...\"}";
        require(key.algorithm(), "the key names no algorithm" + expected);
        require(key.publicKey(), "the key holds no publicKey" + expected);
        try {
            key.toPublicKey();
        } catch (IllegalArgumentException notAKey) {
            throw new Broken("the key cannot be used: " + notAKey.getMessage());
        }
    }

    /** The negotiation's events, each listed once, in sequence order from 0. */
    private static void checkSequences(DealCertificate certificate) {
        List<Event> events = certificate.events();
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            if (!certificate.negotiationId().equals(event.aggregateId())) {
                throw new Broken(describe(event) + " belongs to " + event.aggregateId() + ", not to negotiation "
                        + certificate.negotiationId());
            }
            long expected = i;
            long sequence = event.sequence();
            if (sequence == expected) {
                continue;
            }
            if (sequence < 0) {
                throw new Broken(describe(event) + " has a negative sequence number");
            }
            // the entries before this one hold sequences 0 to i - 1, each once
            if (sequence < expected) {
                throw new Broken("event with sequence " + sequence + " is listed twice");
            }
            if (events.subList(i + 1, events.size()).stream().anyMatch(later -> later.sequence() == expected)) {
                throw new Broken("event with sequence " + sequence + " is listed before sequence " + expected);
            }
            throw new Broken("event with sequence " + expected + " is missing");
        }
    }

    private static void checkDigests(DealCertificate certificate) {
        for (Event event : certificate.events()) {
            if (!Hashes.hex(event.chained().digest()).equals(event.digest())) {
                throw new Broken(describe(event)
                        + " was changed: its content does not match the digest the platform signed");
            }
        }
    }

    /** An aggregate's events are appended one after the other, so their links and positions increase. */
    private static void checkLinks(DealCertificate certificate) {
        Event previous = null;
        for (Event event : certificate.events()) {
            if (event.link() < 1) {
                throw new Broken(describe(event) + " is tied to link " + event.link() + ", but links start at 1");
            }
            if (previous != null && event.link() <= previous.link()) {
                throw new Broken(describe(event) + " is tied to link " + event.link()
                        + ", which does not come after link " + previous.link() + " of the event before it");
            }
            if (previous != null && event.position() <= previous.position()) {
                throw new Broken(describe(event) + " does not come after position " + previous.position()
                        + " of the event before it");
            }
            previous = event;
        }
    }

    private static void checkSignature(DealCertificate certificate, PlatformKey key) {
        if (key.signed(certificate.statement(), certificate.signature())) {
            return;
        }
        boolean platformsKey = certificate.segments().stream()
                .anyMatch(segment -> key.signed(segment.checkpoint().statement(), segment.checkpoint().signature()));
        if (platformsKey) {
            throw new Broken("the certificate's signature does not match its content: its negotiation, its time of "
                    + "issue or its list of events (an event's link, position or digest, or an event dropped from the "
                    + "end) was changed after the platform signed it");
        }
        throw new Broken("the certificate is not signed with this key: neither its signature nor any of its "
                + "checkpoints verifies with it, so the key is not the one of the platform that issued it");
    }

    private static void checkSegments(DealCertificate certificate, PlatformKey key) {
        List<Segment> segments = certificate.segments();
        for (int k = 0; k < segments.size(); k++) {
            Segment segment = segments.get(k);
            if (segment.fromLink() < 1) {
                throw new Broken(name(k, segment) + " starts before link 1, the first link of the chain");
            }
            if (segment.checkpoint().link() < segment.fromLink()) {
                throw new Broken(name(k, segment) + " ends before it starts");
            }
        }
        List<Integer> inLinkOrder = IntStream.range(0, segments.size()).boxed()
                .sorted(Comparator.comparingLong(k -> segments.get(k).fromLink())).toList();
        for (int i = 1; i < inLinkOrder.size(); i++) {
            int before = inLinkOrder.get(i - 1);
            int after = inLinkOrder.get(i);
            if (segments.get(after).fromLink() <= segments.get(before).checkpoint().link()) {
                throw new Broken(name(after, segments.get(after)) + " overlaps " + name(before, segments.get(before))
                        + ", so some links would lie in both");
            }
        }
        for (Event event : certificate.events()) {
            if (segments.stream().noneMatch(segment -> covers(segment, event.link()))) {
                throw new Broken(describe(event) + " lies in no segment (its link is " + event.link()
                        + "), so nothing ties it to a signed checkpoint");
            }
        }
        for (int k = 0; k < segments.size(); k++) {
            checkCheckpoint(certificate, name(k, segments.get(k)), segments.get(k).checkpoint(), key);
            walk(certificate, name(k, segments.get(k)), segments.get(k));
        }
    }

    private static void checkCheckpoint(DealCertificate certificate, String name, Checkpoint checkpoint,
            PlatformKey key) {
        if (!key.signed(checkpoint.statement(), checkpoint.signature())) {
            throw new Broken("the checkpoint of " + name + " (position " + checkpoint.position()
                    + ", signed at " + checkpoint.at() + ") does not verify with the key: its link, position, hash "
                    + "or time was changed after the platform signed it");
        }
        for (Event event : certificate.events()) {
            if (event.link() == checkpoint.link() && event.position() != checkpoint.position()) {
                throw new Broken("the checkpoint of " + name + " is at position "
                        + checkpoint.position() + ", but " + describe(event) + " holds its link");
            }
        }
    }

    /** Recomputes the chain over the segment's links, each given exactly once, up to its checkpoint's hash. */
    private static void walk(DealCertificate certificate, String name, Segment segment) {
        long last = segment.checkpoint().link();
        Map<Long, byte[]> digests = new HashMap<>();
        for (Event event : certificate.events()) {
            if (covers(segment, event.link())) {
                digests.put(event.link(), Hashes.fromHex(event.digest()));
            }
        }
        for (Link other : others(segment)) {
            if (!covers(segment, other.link())) {
                throw new Broken(name + " gives link " + other.link() + ", which is outside it");
            }
            byte[] digest = hash(other.digest(), "the digest " + name + " gives for link " + other.link());
            if (digests.putIfAbsent(other.link(), digest) != null) {
                throw new Broken(name + " gives link " + other.link() + " twice");
            }
        }
        byte[] hash = hash(segment.previousHash(), "the previousHash of " + name);
        for (long link = segment.fromLink(); link <= last; link++) {
            byte[] digest = digests.get(link);
            if (digest == null) {
                throw new Broken("link " + link + " of " + name + " is missing, so the chain cannot be recomputed "
                        + "up to its checkpoint");
            }
            hash = Chain.next(hash, digest);
        }
        if (!Arrays.equals(hash, hash(segment.checkpoint().hash(), "the hash of the checkpoint of " + name))) {
            throw new Broken(name + " does not lead to its checkpoint: the chain recomputed from link "
                    + segment.fromLink() + " ends at another hash than the one the platform signed at link " + last
                    + ", so the previous hash or the digest of a link outside the deal was changed");
        }
    }

    private static boolean covers(Segment segment, long link) {
        return segment.fromLink() <= link && link <= segment.checkpoint().link();
    }

    private static List<Link> others(Segment segment) {
        return segment.others() == null ? List.of() : segment.others();
    }

    private static String describe(Event event) {
        return "event sequence " + event.sequence() + " (position " + event.position() + ", type " + event.type()
                + ")";
    }

    private static String name(int index, Segment segment) {
        return "segment " + (index + 1) + " (links " + segment.fromLink() + " to " + segment.checkpoint().link() + ")";
    }

    private static byte[] hash(String hex, String what) {
        try {
            byte[] hash = Hashes.fromHex(hex);
            if (hash.length == 32) {
                return hash;
            }
        } catch (IllegalArgumentException notHex) {
            // said below
        }
        throw new Broken(what + " is not a SHA-256 hash in hex");
    }

    private static void require(Object value, String otherwise) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new Broken(otherwise);
        }
    }

    /** The first thing found wrong; ends the verification. */
    private static final class Broken extends RuntimeException {

        Broken(String reason) {
            super(reason, null, false, false);
        }
    }
}
