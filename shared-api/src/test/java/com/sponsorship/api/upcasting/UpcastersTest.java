package com.sponsorship.api.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sponsorship.api.account.SponsorRegisteredEvent;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.AdRequestOpenedEvent;
import com.sponsorship.api.negotiation.CounterOfferMadeEvent;
import com.sponsorship.api.negotiation.Deliverable;
import com.sponsorship.api.negotiation.DeliverableKind;
import com.sponsorship.api.negotiation.InfluencerAppliedEvent;
import com.sponsorship.api.negotiation.NegotiationAgreedEvent;
import com.sponsorship.api.negotiation.Terms;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each upcaster gets a payload exactly as the platform stored it before revision 1 (the JSON Axon's
 * Jackson 2 serializer, an {@code ObjectMapper} with {@code findAndRegisterModules()}, wrote for the
 * records of that time, with no revision) and must give revision-1 JSON that the current record
 * reads back.
 */
class UpcastersTest {

    /** The serializer the application configures for events (axon.serializer.events=jackson). */
    static final JacksonSerializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();
    static final ObjectMapper JSON = new ObjectMapper();

    @Nested
    class AdRequestOpened {

        static final String STORED = """
                {"negotiationId":"n1","campaignId":"c1","sponsorId":"s1","influencerId":"i1","message":"Hello",\
                "requirements":"Two posts and a story","paymentAmount":150.00,"actor":{"accountId":"s1","role":"SPONSOR"}}""";

        @Test
        void getsOneOtherDeliverableDescribedByTheRequirementsAndNoDeadline() throws Exception {
            IntermediateEventRepresentation upcast = upcast(new AdRequestOpenedUpcaster(), AdRequestOpenedEvent.class, STORED);

            assertThat(upcast.getType().getRevision()).isEqualTo("1");
            assertThat(payload(upcast)).isEqualTo(JSON.readTree("""
                    {"negotiationId":"n1","campaignId":"c1","sponsorId":"s1","influencerId":"i1","message":"Hello",
                     "requirements":"Two posts and a story","paymentAmount":150.00,"actor":{"accountId":"s1","role":"SPONSOR"},
                     "terms":{"deliverables":[{"kind":"OTHER","count":1,"description":"Two posts and a story"}],
                              "dueDate":null,"usageRightsMonths":0,"exclusivityDays":0},
                     "answerBy":null}"""));
            AdRequestOpenedEvent event = read(upcast);
            assertThat(event.terms()).isEqualTo(new Terms(
                    List.of(new Deliverable(DeliverableKind.OTHER, 1, "Two posts and a story")), null, 0, 0));
            assertThat(event.answerBy()).isNull();
            assertThat(event.paymentAmount()).isEqualByComparingTo("150.00");
            assertThat(event.actor()).isEqualTo(new Actor("s1", Role.SPONSOR));
        }

        @Test
        void withoutRequirementsTheMessageDescribesItCutTo250() throws Exception {
            String stored = STORED.replace("\"Two posts and a story\"", "null").replace("\"Hello\"", "\"" + "h".repeat(260) + "\"");
            AdRequestOpenedEvent event = read(upcast(new AdRequestOpenedUpcaster(), AdRequestOpenedEvent.class, stored));
            assertThat(event.terms().deliverables().get(0).description()).isEqualTo("h".repeat(250));
        }
    }

    @Nested
    class InfluencerApplied {

        @Test
        void getsOneOtherDeliverableDescribedByTheMessage() throws Exception {
            IntermediateEventRepresentation upcast = upcast(OfferMessageUpcaster.applications(), InfluencerAppliedEvent.class, """
                    {"negotiationId":"n1","influencerId":"i1","paymentAmount":90,"message":"I can do it",\
                    "actor":{"accountId":"i1","role":"INFLUENCER"}}""");

            assertThat(upcast.getType().getRevision()).isEqualTo("1");
            assertThat(payload(upcast).get("terms")).isEqualTo(JSON.readTree("""
                    {"deliverables":[{"kind":"OTHER","count":1,"description":"I can do it"}],
                     "dueDate":null,"usageRightsMonths":0,"exclusivityDays":0}"""));
            InfluencerAppliedEvent event = read(upcast);
            assertThat(event.terms()).isEqualTo(Terms.standard("I can do it", null));
            assertThat(event.answerBy()).isNull();
            assertThat(event.influencerId()).isEqualTo("i1");
        }
    }

    @Nested
    class CounterOfferMade {

        @Test
        void getsOneOtherDeliverableDescribedByTheMessageOrNone() throws Exception {
            IntermediateEventRepresentation upcast = upcast(OfferMessageUpcaster.counterOffers(), CounterOfferMadeEvent.class, """
                    {"negotiationId":"n1","paymentAmount":120.50,"message":null,\
                    "actor":{"accountId":"s1","role":"SPONSOR"}}""");

            assertThat(payload(upcast).get("terms")).isEqualTo(JSON.readTree("""
                    {"deliverables":[{"kind":"OTHER","count":1,"description":null}],
                     "dueDate":null,"usageRightsMonths":0,"exclusivityDays":0}"""));
            CounterOfferMadeEvent event = read(upcast);
            assertThat(event.terms()).isEqualTo(Terms.standard(null, null));
            assertThat(event.paymentAmount()).isEqualByComparingTo("120.50");
        }
    }

    @Nested
    class NegotiationAgreed {

        @Test
        void getsNoTermsAndNoDigestSinceNoneWereRecorded() throws Exception {
            IntermediateEventRepresentation upcast = upcast(new NegotiationAgreedUpcaster(), NegotiationAgreedEvent.class, """
                    {"negotiationId":"n1","campaignId":"c1","sponsorId":"s1","influencerId":"i1","paymentAmount":150.00,\
                    "actor":{"accountId":"i1","role":"INFLUENCER"}}""");

            assertThat(upcast.getType().getRevision()).isEqualTo("1");
            assertThat(payload(upcast)).isEqualTo(JSON.readTree("""
                    {"negotiationId":"n1","campaignId":"c1","sponsorId":"s1","influencerId":"i1","paymentAmount":150.00,
                     "actor":{"accountId":"i1","role":"INFLUENCER"},"terms":null,"termsDigest":null}"""));
            NegotiationAgreedEvent event = read(upcast);
            assertThat(event.terms()).isNull();
            assertThat(event.termsDigest()).isNull();
        }
    }

    @Test
    void eventsAtRevisionOneAndOtherTypesPassUntouched() throws Exception {
        Terms terms = Terms.standard("x", null);
        AdRequestOpenedEvent current = new AdRequestOpenedEvent("n1", "c1", "s1", null, "m", "r", BigDecimal.TEN,
                new Actor("s1", Role.SPONSOR), terms, Instant.parse("2026-12-01T00:00:00Z"));
        SerializedObject<byte[]> serialized = SERIALIZER.serialize(current, byte[].class);
        assertThat(serialized.getType().getRevision()).as("from @Revision").isEqualTo("1");
        IntermediateEventRepresentation representation = representation(serialized.getType().getName(), "1",
                new String(serialized.getData(), StandardCharsets.UTF_8));
        for (EventUpcaster upcaster : NegotiationUpcasters.all()) {
            List<IntermediateEventRepresentation> out = upcaster.upcast(Stream.of(representation)).toList();
            assertThat(out).containsExactly(representation);
        }
        assertThat(SERIALIZER.deserialize(representation.getData()).equals(current)).isTrue();
        IntermediateEventRepresentation other = representation(SponsorRegisteredEvent.class.getName(), null, "{}");
        assertThat(new AdRequestOpenedUpcaster().upcast(Stream.of(other)).toList()).containsExactly(other);
    }

    @Test
    void theRegisteredChainUpcastsEachOldEventByItsType() {
        List<IntermediateEventRepresentation> out = NegotiationUpcasters.chain().upcast(Stream.of(
                representation(AdRequestOpenedEvent.class.getName(), null, AdRequestOpened.STORED),
                representation(CounterOfferMadeEvent.class.getName(), null, """
                        {"negotiationId":"n1","paymentAmount":1,"message":"m","actor":{"accountId":"i1","role":"INFLUENCER"}}"""),
                representation(SponsorRegisteredEvent.class.getName(), null, "{}"))).toList();
        assertThat(out).extracting(representation -> representation.getType().getRevision())
                .containsExactly("1", "1", null);
        assertThat(payload(out.get(1)).get("terms").get("deliverables").get(0).get("description").asText()).isEqualTo("m");
    }

    @Test
    void everyEventCarriesARevision() throws Exception {
        for (Class<?> type : List.of(AdRequestOpenedEvent.class, CounterOfferMadeEvent.class, InfluencerAppliedEvent.class,
                NegotiationAgreedEvent.class, SponsorRegisteredEvent.class)) {
            assertThat(type.getAnnotation(Revision.class)).as(type.getSimpleName()).isNotNull();
        }
    }

    private static IntermediateEventRepresentation upcast(EventUpcaster upcaster, Class<?> type, String stored) {
        List<IntermediateEventRepresentation> out = upcaster.upcast(Stream.of(representation(type.getName(), null, stored)))
                .toList();
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    private static IntermediateEventRepresentation representation(String type, String revision, String json) {
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("Negotiation", "n1", 0, "event-1",
                Instant.parse("2026-11-01T00:00:00Z"), type, revision, json.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8)), SERIALIZER);
    }

    private static JsonNode payload(IntermediateEventRepresentation upcast) {
        return upcast.getData(JsonNode.class).getData();
    }

    @SuppressWarnings("unchecked")
    private static <T> T read(IntermediateEventRepresentation upcast) {
        return (T) SERIALIZER.deserialize(upcast.getData());
    }
}
