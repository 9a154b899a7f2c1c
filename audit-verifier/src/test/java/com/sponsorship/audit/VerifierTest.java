package com.sponsorship.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Each test edits the certificate's JSON as someone holding the file could, and expects the verifier's reason. */
class VerifierTest {

    private static final JsonMapper JSON = new JsonMapper();
    private static final String OFFER_MADE = "com.sponsorship.api.negotiation.OfferMade";
    private static final String LIST_CHANGED = "the certificate's signature does not match its content: its "
            + "negotiation, its time of issue or its list of events (an event's link, position or digest, or an "
            + "event dropped from the end) was changed after the platform signed it";

    private final CertificateFixture fixture = new CertificateFixture();
    private final Verifier verifier = new Verifier();

    @Test
    void theCertificateAsIssuedIsValid() {
        Verdict verdict = verifier.verify(fixture.certificate, fixture.platformKey);

        assertThat(verdict).isEqualTo(Verdict.VALID);
        assertThat(verdict).hasToString("valid");
    }

    @Test
    void oneChangedByteOfAPayloadNamesItsEvent() {
        String reason = reasonAfter(file -> {
            String payload = event(file, 2).get("payload").asString();
            event(file, 2).put("payload", payload.replace("1300", "1301"));
        });

        assertThat(reason).isEqualTo("event sequence 2 (position 124, type " + OFFER_MADE + ") was changed: its "
                + "content does not match the digest the platform signed");
    }

    @Test
    void aChangedMetadataTimestampOrTypeIsFound() {
        assertThat(reasonAfter(file -> event(file, 0).put("metadata", "{\"traceId\":\"trace-4\"}")))
                .startsWith("event sequence 0 (position 106, type " + OFFER_MADE + ") was changed");
        assertThat(reasonAfter(file -> event(file, 4).put("timestamp", "2026-11-30T10:19:01Z")))
                .startsWith("event sequence 4 (position 138, type " + OFFER_MADE + ") was changed");
        assertThat(reasonAfter(file -> event(file, 1).put("type", "com.sponsorship.api.negotiation.OfferAccepted")))
                .isEqualTo("event sequence 1 (position 114, type com.sponsorship.api.negotiation.OfferAccepted) "
                        + "was changed: its content does not match the digest the platform signed");
    }

    @Test
    void aChangedEventWithItsDigestRecomputedBreaksTheSignature() {
        String reason = reasonAfter(file -> {
            event(file, 3).put("payload", "{\"amount\":1}");
            DealCertificate.Event changed = JSON.treeToValue(event(file, 3), DealCertificate.Event.class);
            event(file, 3).put("digest", Hashes.hex(changed.chained().digest()));
        });

        assertThat(reason).isEqualTo(LIST_CHANGED);
    }

    @Test
    void reorderedEventsAreNamed() {
        String reason = reasonAfter(file -> events(file).insert(2, events(file).remove(3)));

        assertThat(reason).isEqualTo("event with sequence 3 is listed before sequence 2");
    }

    @Test
    void aDroppedEventIsMissing() {
        assertThat(reasonAfter(file -> events(file).remove(0))).isEqualTo("event with sequence 0 is missing");
        assertThat(reasonAfter(file -> events(file).remove(3))).isEqualTo("event with sequence 3 is missing");
    }

    @Test
    void droppingTheLastEventBreaksTheSignature() {
        assertThat(reasonAfter(file -> events(file).remove(5))).isEqualTo(LIST_CHANGED);
    }

    @Test
    void aDuplicatedEventIsListedTwice() {
        assertThat(reasonAfter(file -> events(file).insert(3, event(file, 2).deepCopy())))
                .isEqualTo("event with sequence 2 is listed twice");
        assertThat(reasonAfter(file -> events(file).add(event(file, 1).deepCopy())))
                .isEqualTo("event with sequence 1 is listed twice");
    }

    @Test
    void anEventOfAnotherAggregateIsRefused() {
        assertThat(reasonAfter(file -> event(file, 1).put("aggregateId", "negotiation-2")))
                .isEqualTo("event sequence 1 (position 114, type " + OFFER_MADE + ") belongs to negotiation-2, not "
                        + "to negotiation negotiation-1");
    }

    @Test
    void anEventMovedToAnotherLinkBreaksTheSignature() {
        assertThat(reasonAfter(file -> event(file, 3).put("link", 16))).isEqualTo(LIST_CHANGED);
        assertThat(reasonAfter(file -> event(file, 3).put("link", 12)))
                .isEqualTo("event sequence 3 (position 130, type " + OFFER_MADE + ") is tied to link 12, which does "
                        + "not come after link 12 of the event before it");
    }

    @Test
    void anotherNegotiationOrIssueTimeBreaksTheSignature() {
        assertThat(reasonAfter(file -> file.put("issuedAt", "2026-12-01T12:00:00Z"))).isEqualTo(LIST_CHANGED);
    }

    @Test
    void aDroppedLinkOfAnotherEventIsMissing() {
        String reason = reasonAfter(file -> others(file, 1).remove(0));

        assertThat(reason).isEqualTo("link 11 of segment 2 (links 11 to 20) is missing, so the chain cannot be "
                + "recomputed up to its checkpoint");
    }

    @Test
    void aChangedLinkOfAnotherEventOrPreviousHashDoesNotLeadToTheCheckpoint() {
        String expected = "segment 3 (links 21 to 30) does not lead to its checkpoint: the chain recomputed from link "
                + "21 ends at another hash than the one the platform signed at link 30, so the previous hash or the "
                + "digest of a link outside the deal was changed";
        assertThat(reasonAfter(file -> ((ObjectNode) others(file, 2).get(4)).put("digest", Hashes.hex(new byte[32]))))
                .isEqualTo(expected);
        assertThat(reasonAfter(file -> segment(file, 2).put("previousHash", Hashes.hex(fixture.hashes.get(19)))))
                .isEqualTo(expected);
    }

    @Test
    void aLinkGivenTwiceIsRefused() {
        String reason = reasonAfter(file -> others(file, 1).addObject().put("link", 12).put("digest",
                event(file, 2).get("digest").asString()));

        assertThat(reason).isEqualTo("segment 2 (links 11 to 20) gives link 12 twice");
    }

    @Test
    void aTamperedCheckpointDoesNotVerify() {
        String expected = "the checkpoint of segment 1 (links 1 to 10) (position 120, signed at 2026-11-30T10:10:05Z) "
                + "does not verify with the key: its link, position, hash or time was changed after the platform "
                + "signed it";
        assertThat(reasonAfter(file -> checkpoint(file, 0).put("hash", Hashes.hex(fixture.hashes.get(9)))))
                .isEqualTo(expected);
        assertThat(reasonAfter(file -> checkpoint(file, 0).put("signature",
                checkpoint(file, 1).get("signature").asString()))).isEqualTo(expected);
    }

    @Test
    void aCheckpointMustBeAtThePositionOfTheEventItSigns() {
        Checkpoint signed = fixture.certificate.segments().get(2).checkpoint();
        String reason = reasonAfter(file -> checkpoint(file, 2).put("position", 161).put("signature",
                fixture.sign(Checkpoint.statement(signed.link(), 161, signed.hash(), signed.at()))));

        assertThat(reason).isEqualTo("the checkpoint of segment 3 (links 21 to 30) is at position 161, but event "
                + "sequence 5 (position 160, type " + OFFER_MADE + ") holds its link");
    }

    @Test
    void malformedSegmentsAreRefused() {
        assertThat(reasonAfter(file -> segment(file, 0).put("fromLink", 0)))
                .isEqualTo("segment 1 (links 0 to 10) starts before link 1, the first link of the chain");
        assertThat(reasonAfter(file -> segment(file, 1).put("fromLink", 21)))
                .isEqualTo("segment 2 (links 21 to 20) ends before it starts");
        assertThat(reasonAfter(file -> ((ObjectNode) others(file, 0).get(0)).put("link", 11)))
                .isEqualTo("segment 1 (links 1 to 10) gives link 11, which is outside it");
        assertThat(reasonAfter(file -> segment(file, 0).put("previousHash", "not hex")))
                .isEqualTo("the previousHash of segment 1 (links 1 to 10) is not a SHA-256 hash in hex");
    }

    @Test
    void anEventOutsideEverySegmentIsNotTiedToACheckpoint() {
        assertThat(reasonAfter(file -> segments(file).remove(2)))
                .isEqualTo("event sequence 5 (position 160, type " + OFFER_MADE + ") lies in no segment (its link is "
                        + "30), so nothing ties it to a signed checkpoint");
    }

    @Test
    void overlappingSegmentsAreRefused() {
        assertThat(reasonAfter(file -> segments(file).add(segment(file, 1).deepCopy())))
                .isEqualTo("segment 4 (links 11 to 20) overlaps segment 2 (links 11 to 20), so some links would lie "
                        + "in both");
    }

    @Test
    void anotherKeyIsRefused() {
        Verdict verdict = verifier.verify(fixture.certificate, new CertificateFixture().platformKey);

        assertThat(verdict.reason()).isEqualTo("the certificate is not signed with this key: neither its signature "
                + "nor any of its checkpoints verifies with it, so the key is not the one of the platform that "
                + "issued it");
    }

    @Test
    void aKeyOfAnotherAlgorithmIsRefused() {
        Verdict verdict = verifier.verify(fixture.certificate,
                new PlatformKey("RSA", fixture.platformKey.publicKey()));

        assertThat(verdict.reason()).isEqualTo("the key cannot be used: the key's algorithm is RSA, not Ed25519");
    }

    @Test
    void anIncompleteCertificateIsRefused() {
        assertThat(reasonAfter(file -> events(file).removeAll())).isEqualTo("the certificate lists no events");
        assertThat(reasonAfter(file -> segments(file).removeAll()))
                .isEqualTo("the certificate has no segments, so nothing ties its events to a signed checkpoint");
        assertThat(reasonAfter(file -> file.put("format", "sponsorship-deal-certificate/2")))
                .isEqualTo("the certificate's format is sponsorship-deal-certificate/2, not "
                        + "sponsorship-deal-certificate/1, which is the one this verifier checks");
        assertThat(reasonAfter(file -> event(file, 2).remove("payload")))
                .isEqualTo("entry 3 of the certificate's events has no payload");
    }

    private String reasonAfter(Consumer<ObjectNode> tampering) {
        ObjectNode file = JSON.valueToTree(fixture.certificate);
        tampering.accept(file);
        Verdict verdict = verifier.verify(JSON.treeToValue(file, DealCertificate.class), fixture.platformKey);
        assertThat(verdict.valid()).as("the tampered certificate verifies").isFalse();
        return verdict.reason();
    }

    private static ArrayNode events(ObjectNode file) {
        return (ArrayNode) file.get("events");
    }

    private static ObjectNode event(ObjectNode file, int index) {
        return (ObjectNode) events(file).get(index);
    }

    private static ArrayNode segments(ObjectNode file) {
        return (ArrayNode) file.get("segments");
    }

    private static ObjectNode segment(ObjectNode file, int index) {
        return (ObjectNode) segments(file).get(index);
    }

    private static ArrayNode others(ObjectNode file, int segment) {
        return (ArrayNode) segment(file, segment).get("others");
    }

    private static ObjectNode checkpoint(ObjectNode file, int segment) {
        return (ObjectNode) segment(file, segment).get("checkpoint");
    }
}
