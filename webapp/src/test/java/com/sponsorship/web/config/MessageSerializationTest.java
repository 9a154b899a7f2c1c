package com.sponsorship.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.account.AccountFlagClearedEvent;
import com.sponsorship.api.account.AccountRemovedEvent;
import com.sponsorship.api.admin.AdminAction;
import com.sponsorship.api.admin.AdminActionRecordedEvent;
import com.sponsorship.api.campaign.BudgetReleasedEvent;
import com.sponsorship.api.campaign.CampaignFlagClearedEvent;
import com.sponsorship.api.negotiation.CancellationProposal;
import com.sponsorship.api.negotiation.CancellationProposedEvent;
import com.sponsorship.api.negotiation.DealCancelledEvent;
import com.sponsorship.api.negotiation.NegotiationState;
import com.sponsorship.api.negotiation.NegotiationStatus;
import com.sponsorship.api.negotiation.Payment;
import com.sponsorship.api.negotiation.PaymentDisputedEvent;
import com.sponsorship.api.negotiation.PaymentMethod;
import com.sponsorship.api.negotiation.PaymentRecordedEvent;
import com.sponsorship.api.negotiation.PaymentStatus;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/** Payment events, and a negotiation's state with payments (a query answer), survive Axon's Jackson serializer. */
class MessageSerializationTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();

    private <T> T roundTrip(T message) {
        SerializedObject<byte[]> serialized = serializer.serialize(message, byte[].class);
        return serializer.deserialize(serialized);
    }

    @Test
    void paymentEventsKeepEveryFieldAndTheirRevision() {
        PaymentRecordedEvent recorded = new PaymentRecordedEvent("n1", "p1", new BigDecimal("200.00"),
                LocalDate.of(2026, 3, 2), PaymentMethod.BANK_TRANSFER, "TR-1", new Actor("s1", Role.SPONSOR));
        PaymentDisputedEvent disputed = new PaymentDisputedEvent("n1", "p1", "Never came",
                new Actor("i1", Role.INFLUENCER));

        assertThat(roundTrip(recorded)).isEqualTo(recorded);
        assertThat(roundTrip(disputed)).isEqualTo(disputed);
        assertThat(serializer.serialize(recorded, byte[].class).getType().getRevision()).isEqualTo("1");
    }

    @Test
    void aStateWithPaymentsIsReadBackWhole() {
        NegotiationState state = new NegotiationState("c1", "s1", "i1", new BigDecimal("500.00"),
                NegotiationStatus.AGREED, true, null, null, List.of(new Payment("p1", new BigDecimal("200.00"),
                LocalDate.of(2026, 3, 2), PaymentMethod.PAYPAL, "PP-1", PaymentStatus.CONFIRMED, null)));

        NegotiationState read = roundTrip(state);

        assertThat(read).isEqualTo(state);
        assertThat(read.outstanding()).isEqualByComparingTo("300.00");
    }

    @Test
    void cancellationEventsAndAPendingProposalSurvive() {
        DealCancelledEvent cancelled = new DealCancelledEvent("n1", "c1", new BigDecimal("300.00"), "Launch is off",
                new Actor("i1", Role.INFLUENCER));
        BudgetReleasedEvent released = new BudgetReleasedEvent("c1", "n1", new BigDecimal("300.00"),
                new BigDecimal("200.00"), new Actor("i1", Role.INFLUENCER));
        NegotiationState proposed = new NegotiationState("c1", "s1", "i1", new BigDecimal("500.00"),
                NegotiationStatus.AGREED, true, null, null, List.of())
                .apply(new CancellationProposedEvent("n1", "Launch is off", new Actor("s1", Role.SPONSOR)));

        assertThat(roundTrip(cancelled)).isEqualTo(cancelled);
        assertThat(roundTrip(released)).isEqualTo(released);
        assertThat(serializer.serialize(cancelled, byte[].class).getType().getRevision()).isEqualTo("1");
        assertThat(roundTrip(proposed).cancellation()).isEqualTo(new CancellationProposal(Role.SPONSOR, "Launch is off"));
    }

    /** Events stored before an admin gave a reason for clearing or removal have none: no upcaster, the revision stays. */
    @Test
    void clearAndRemovalEventsStoredWithoutAReasonReadWithNone() {
        Actor admin = new Actor("admin-1", Role.ADMIN);
        String actor = "\"actor\":{\"accountId\":\"admin-1\",\"role\":\"ADMIN\"}";

        assertThat(stored(AccountFlagClearedEvent.class, "{\"accountId\":\"a1\"," + actor + "}"))
                .isEqualTo(new AccountFlagClearedEvent("a1", admin, null));
        assertThat(stored(AccountRemovedEvent.class, "{\"accountId\":\"a1\",\"role\":\"SPONSOR\"," + actor + "}"))
                .isEqualTo(new AccountRemovedEvent("a1", Role.SPONSOR, admin, null));
        assertThat(stored(CampaignFlagClearedEvent.class, "{\"campaignId\":\"c1\"," + actor + "}"))
                .isEqualTo(new CampaignFlagClearedEvent("c1", admin, null));
        AdminActionRecordedEvent rebuilt = new AdminActionRecordedEvent("admin-1", AdminAction.REBUILD, null, "Fix", admin);
        assertThat(roundTrip(rebuilt)).isEqualTo(rebuilt);
        assertThat(serializer.serialize(rebuilt, byte[].class).getType().getRevision()).isEqualTo("1");
    }

    private <T> T stored(Class<T> type, String json) {
        return serializer.deserialize(new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8), byte[].class,
                type.getName(), "1"));
    }
}
