package com.sponsorship.command.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.sponsorship.api.account.AccountRemovedEvent;
import com.sponsorship.api.campaign.CampaignClosedEvent;
import com.sponsorship.api.campaign.CloseCampaignCommand;
import com.sponsorship.api.campaign.CloseReason;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.CancelNegotiationCommand;
import com.sponsorship.command.lookup.InMemoryCommandSideLookups;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.Message;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The policies receive events through Axon's annotation adapter, as their event processor
 * delivers them, and send through a real command gateway onto a bus that only records.
 */
class CascadePoliciesTest {

    private static final Actor ADMIN = new Actor("admin-1", Role.ADMIN);
    private static final Actor SPONSOR = new Actor("sponsor-1", Role.SPONSOR);

    private InMemoryCommandSideLookups lookups;
    private RecordingCommandBus commandBus;
    private AnnotationEventHandlerAdapter policies;

    @BeforeEach
    void setUp() {
        lookups = new InMemoryCommandSideLookups()
                .withOpenNegotiationsOfCampaign("campaign-1", "negotiation-1", "negotiation-2")
                .withOpenNegotiationsOfCampaign("campaign-2", "negotiation-3")
                .withOpenCampaignsOfSponsor(SPONSOR.accountId(), "campaign-1", "campaign-2")
                .withOpenCampaignsOfSponsor("sponsor-2", "campaign-3")
                .withOpenNegotiationsOfInfluencer("influencer-1", "negotiation-1", "negotiation-3")
                .withOpenNegotiationsOfInfluencer("influencer-2", "negotiation-2");
        commandBus = new RecordingCommandBus();
        policies = new AnnotationEventHandlerAdapter(
                new CascadePolicies(DefaultCommandGateway.builder().commandBus(commandBus).build(), lookups));
    }

    private List<Object> sentCommands() {
        return commandBus.getDispatchedCommands().stream().map(Message::getPayload).map(Object.class::cast).toList();
    }

    private void deliver(Object event) throws Exception {
        policies.handle(GenericEventMessage.asEventMessage(event));
    }

    private static CancelNegotiationCommand cancel(String negotiationId, String reason) {
        return new CancelNegotiationCommand(negotiationId, Actor.SYSTEM, reason);
    }

    static Stream<Arguments> closings() {
        return Stream.of(
                arguments(CloseReason.BY_SPONSOR, SPONSOR, "Campaign closed: closed by its sponsor"),
                arguments(CloseReason.BY_ADMIN, ADMIN, "Campaign closed: closed by an admin"),
                arguments(CloseReason.ENDED, Actor.SYSTEM, "Campaign closed: its end date passed"),
                arguments(CloseReason.SPONSOR_REMOVED, Actor.SYSTEM, "Campaign closed: its sponsor was removed"));
    }

    @ParameterizedTest
    @MethodSource("closings")
    void aClosedCampaignCancelsEachOfItsOpenNegotiationsAsThePlatform(CloseReason reason, Actor closedBy,
                                                                      String cancelReason) throws Exception {
        deliver(new CampaignClosedEvent("campaign-1", SPONSOR.accountId(), reason, closedBy));

        assertThat(sentCommands()).containsExactly(
                cancel("negotiation-1", cancelReason), cancel("negotiation-2", cancelReason));
    }

    @Test
    void aClosedCampaignWithoutOpenNegotiationsSendsNothing() throws Exception {
        deliver(new CampaignClosedEvent("campaign-3", "sponsor-2", CloseReason.BY_SPONSOR, SPONSOR));

        assertThat(sentCommands()).isEmpty();
    }

    @Test
    void aRemovedSponsorsOpenCampaignsAreClosedByThePlatformWhichThenCancelsTheirNegotiations() throws Exception {
        deliver(new AccountRemovedEvent(SPONSOR.accountId(), Role.SPONSOR, ADMIN, "Spam"));

        assertThat(sentCommands()).containsExactly(
                new CloseCampaignCommand("campaign-1", Actor.SYSTEM, CloseReason.SPONSOR_REMOVED),
                new CloseCampaignCommand("campaign-2", Actor.SYSTEM, CloseReason.SPONSOR_REMOVED));
    }

    @Test
    void aRemovedInfluencersOpenNegotiationsAreCancelledByThePlatform() throws Exception {
        deliver(new AccountRemovedEvent("influencer-1", Role.INFLUENCER, ADMIN, "Spam"));

        String reason = "The influencer's account was removed";
        assertThat(sentCommands()).containsExactly(cancel("negotiation-1", reason), cancel("negotiation-3", reason));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMIN", "AUDITOR"})
    void removingAnAccountThatNegotiatesNothingSendsNothing(Role role) throws Exception {
        lookups.withOpenCampaignsOfSponsor("account-9", "campaign-1")
                .withOpenNegotiationsOfInfluencer("account-9", "negotiation-1");

        deliver(new AccountRemovedEvent("account-9", role, ADMIN, "Spam"));

        assertThat(sentCommands()).isEmpty();
    }

    static Stream<Arguments> historyEvents() {
        return Stream.of(
                arguments(new CampaignClosedEvent("campaign-1", SPONSOR.accountId(), CloseReason.BY_SPONSOR, SPONSOR)),
                arguments(new AccountRemovedEvent(SPONSOR.accountId(), Role.SPONSOR, ADMIN, "Spam")),
                arguments(new AccountRemovedEvent("influencer-1", Role.INFLUENCER, ADMIN, "Spam")));
    }

    @ParameterizedTest
    @MethodSource("historyEvents")
    void replayedHistorySendsNothingAgain(Object event) throws Exception {
        TrackingToken replaying = ReplayToken.createReplayToken(
                new GlobalSequenceTrackingToken(100), new GlobalSequenceTrackingToken(10));
        EventMessage<?> replayed = new GenericTrackedEventMessage<>(replaying, GenericEventMessage.asEventMessage(event));

        policies.handle(replayed);

        assertThat(ReplayToken.isReplay(replayed)).isTrue();
        assertThat(sentCommands()).isEmpty();
        assertThat(policies.supportsReset()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("historyEvents")
    void liveEventsFromATrackingProcessorDoSend(Object event) throws Exception {
        policies.handle(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(100),
                GenericEventMessage.asEventMessage(event)));

        assertThat(sentCommands()).hasSize(2);
    }
}
