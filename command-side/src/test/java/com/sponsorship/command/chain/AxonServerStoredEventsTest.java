package com.sponsorship.command.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.google.protobuf.ByteString;
import com.sponsorship.audit.ChainedEvent;
import io.axoniq.axonserver.connector.event.EventChannel;
import io.axoniq.axonserver.connector.event.EventStream;
import io.axoniq.axonserver.grpc.MetaDataValue;
import io.axoniq.axonserver.grpc.SerializedObject;
import io.axoniq.axonserver.grpc.event.Event;
import io.axoniq.axonserver.grpc.event.EventWithToken;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** How an event of Axon Server's stream becomes a {@link ChainedEvent}, on the connector's real protobuf messages. */
class AxonServerStoredEventsTest {

    private static final byte[] PAYLOAD = "{\"negotiationId\":\"n-1\",\"amount\":\"1200.00\"}".getBytes(StandardCharsets.UTF_8);
    private static final long AT = 1_764_504_000_123L;

    private static MetaDataValue text(String value) {
        return MetaDataValue.newBuilder().setTextValue(value).build();
    }

    private static MetaDataValue number(long value) {
        return MetaDataValue.newBuilder().setNumberValue(value).build();
    }

    private static Event.Builder event(byte[] payload) {
        return Event.newBuilder().setMessageIdentifier("m-1").setAggregateIdentifier("n-1").setAggregateSequenceNumber(3)
                .setAggregateType("Negotiation").setTimestamp(AT)
                .setPayload(SerializedObject.newBuilder().setType("com.sponsorship.api.OfferMadeEvent").setRevision("1")
                        .setData(ByteString.copyFrom(payload)));
    }

    private static EventWithToken withToken(long token, Event event) {
        return EventWithToken.newBuilder().setToken(token).setEvent(event).build();
    }

    @Test
    void anEventIsChainedWithItsTokenAndTheExactStoredBytes() {
        Event event = event(PAYLOAD).putMetaData("traceId", text("t-9")).putMetaData("correlationId", text("c-7")).build();

        ChainedEvent chained = AxonServerStoredEvents.chained(withToken(41, event));

        assertThat(chained.position()).isEqualTo(41);
        assertThat(chained.aggregateId()).isEqualTo("n-1");
        assertThat(chained.sequence()).isEqualTo(3);
        assertThat(chained.type()).isEqualTo("com.sponsorship.api.OfferMadeEvent");
        assertThat(chained.revision()).isEqualTo("1");
        assertThat(chained.timestamp()).isEqualTo("2025-11-30T12:00:00.123Z");
        assertThat(chained.payload()).isEqualTo(PAYLOAD);
        String expected = "13:correlationId," + netstring(text("c-7")) + "7:traceId," + netstring(text("t-9"));
        assertThat(new String(chained.metadata(), StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    private static String netstring(MetaDataValue value) {
        String base64 = Base64.getEncoder().encodeToString(value.toByteArray());
        return base64.length() + ":" + base64 + ",";
    }

    @Test
    void theMetadataEncodingDoesNotDependOnTheOrderOfTheMap() {
        Event oneWay = event(PAYLOAD).putMetaData("b", text("2")).putMetaData("a", number(1)).putMetaData("c", text("3"))
                .build();
        Event otherWay = event(PAYLOAD).putMetaData("c", text("3")).putMetaData("a", number(1)).putMetaData("b", text("2"))
                .build();

        assertThat(List.copyOf(oneWay.getMetaDataMap().keySet())).isNotEqualTo(List.copyOf(otherWay.getMetaDataMap().keySet()));
        assertThat(AxonServerStoredEvents.chained(oneWay, 5).metadata())
                .isEqualTo(AxonServerStoredEvents.chained(otherWay, 5).metadata());
        assertThat(AxonServerStoredEvents.chained(oneWay, 5).digest())
                .isEqualTo(AxonServerStoredEvents.chained(otherWay, 5).digest());
    }

    @Test
    void keysAndValuesCannotRunIntoEachOther() {
        assertThat(AxonServerStoredEvents.metadata(Map.of("a", text("bc"))))
                .isNotEqualTo(AxonServerStoredEvents.metadata(Map.of("ab", text("c"))));
        assertThat(AxonServerStoredEvents.metadata(Map.of("a", text("1"))))
                .isNotEqualTo(AxonServerStoredEvents.metadata(Map.of("a", number(1))));
        assertThat(AxonServerStoredEvents.metadata(Map.of())).isEmpty();
        assertThat(new String(AxonServerStoredEvents.metadata(Map.of("traceId", text("t-9"))), StandardCharsets.US_ASCII))
                .as("the example in axon/README.md").isEqualTo("7:traceId,8:CgN0LTk=,");
    }

    @Test
    void theDigestIsStableAndChangesWithAnyByteOfPayloadOrMetadata() {
        Event event = event(PAYLOAD).putMetaData("traceId", text("t-9")).build();
        ChainedEvent chained = AxonServerStoredEvents.chained(event, 7);
        byte[] digest = chained.digest();

        assertThat(AxonServerStoredEvents.chained(event(PAYLOAD.clone()).putMetaData("traceId", text("t-9")).build(), 7)
                .digest()).as("the same event built again").isEqualTo(digest);
        for (int i = 0; i < PAYLOAD.length; i++) {
            byte[] changed = PAYLOAD.clone();
            changed[i] ^= 1;
            Event tampered = event(changed).putMetaData("traceId", text("t-9")).build();
            assertThat(AxonServerStoredEvents.chained(tampered, 7).digest()).as("payload byte %d", i).isNotEqualTo(digest);
        }
        byte[] metadata = chained.metadata();
        for (int i = 0; i < metadata.length; i++) {
            byte[] changed = metadata.clone();
            changed[i] ^= 1;
            ChainedEvent tampered = new ChainedEvent(chained.position(), chained.aggregateId(), chained.sequence(),
                    chained.type(), chained.revision(), chained.timestamp(), chained.payload(), changed);
            assertThat(tampered.digest()).as("metadata byte %d", i).isNotEqualTo(digest);
        }
        assertThat(AxonServerStoredEvents.chained(event(PAYLOAD).putMetaData("traceId", text("t-8")).build(), 7).digest())
                .as("another metadata value").isNotEqualTo(digest);
        assertThat(AxonServerStoredEvents.chained(event, 8).digest()).as("another position").isNotEqualTo(digest);
    }

    @Test
    void theChainFollowsTheStreamFromTokenZeroThenFromAfterItsHead() throws InterruptedException {
        EventChannel channel = channel(1);
        EventStream fromZero = stream(0, 1);
        when(channel.openStream(0L, 2)).thenReturn(fromZero);
        AxonServerStoredEvents events = new AxonServerStoredEvents(() -> channel, null);

        assertThat(events.next(null, 0, 0, 2)).extracting(ChainedEvent::position).containsExactly(0L, 1L);
        verify(fromZero).close();
        assertThat(events.next(null, 2, 1, 2)).as("nothing after token 1").isEmpty();

        when(channel.getLastToken()).thenReturn(CompletableFuture.completedFuture(2L));
        EventStream fromTwo = stream(2);
        when(channel.openStream(2L, 2)).thenReturn(fromTwo);
        assertThat(events.next(null, 2, 1, 2)).extracting(ChainedEvent::position).containsExactly(2L);
    }

    @Test
    void aSkippedTokenStopsTheChain() throws InterruptedException {
        EventChannel channel = channel(9);
        EventStream skipping = stream(2, 4);
        when(channel.openStream(2L, 10)).thenReturn(skipping);

        assertThatThrownBy(() -> new AxonServerStoredEvents(() -> channel, null).next(null, 2, 1, 10))
                .hasMessageContaining("token 4 where 3 was next");
        verify(skipping).close();
    }

    @Test
    void verificationReadsThePositionsItAsksFor() throws InterruptedException {
        EventChannel channel = channel(9);
        EventStream fromFour = stream(4, 5, 6);
        when(channel.openStream(anyLong(), anyInt())).thenReturn(fromFour);
        AxonServerStoredEvents events = new AxonServerStoredEvents(() -> channel, null);

        Map<Long, ChainedEvent> read = events.at(List.of(6L, 4L));

        assertThat(read).containsOnlyKeys(4L, 6L);
        assertThat(read.get(6L).position()).isEqualTo(6);
        verify(channel).openStream(4L, 3);
    }

    private static EventChannel channel(long lastToken) {
        EventChannel channel = mock(EventChannel.class);
        when(channel.getLastToken()).thenReturn(CompletableFuture.completedFuture(lastToken));
        return channel;
    }

    /** A stream sending an event at each of {@code tokens}, then nothing. */
    private static EventStream stream(long... tokens) throws InterruptedException {
        EventWithToken[] events = Arrays.stream(tokens).mapToObj(token -> withToken(token, event(PAYLOAD).build()))
                .toArray(EventWithToken[]::new);
        EventStream stream = mock(EventStream.class);
        when(stream.nextIfAvailable(anyLong(), any(TimeUnit.class)))
                .thenReturn(events[0], Arrays.copyOfRange(events, 1, events.length + 1));
        when(stream.getError()).thenReturn(Optional.empty());
        return stream;
    }
}
