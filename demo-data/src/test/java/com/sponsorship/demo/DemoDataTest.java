package com.sponsorship.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;

import com.sponsorship.api.account.FindLoginAccountQuery;
import com.sponsorship.api.account.FlagAccountCommand;
import com.sponsorship.api.account.LoginAccount;
import com.sponsorship.api.account.RegisterInfluencerCommand;
import com.sponsorship.api.account.RegisterSponsorCommand;
import com.sponsorship.api.campaign.CloseReason;
import com.sponsorship.api.campaign.CreateCampaignCommand;
import com.sponsorship.api.campaign.FlagCampaignCommand;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.common.Refusal;
import com.sponsorship.api.common.RuleViolation;
import com.sponsorship.api.negotiation.AcceptOfferCommand;
import com.sponsorship.api.negotiation.CancelNegotiationCommand;
import com.sponsorship.api.negotiation.ConfirmPaymentCommand;
import com.sponsorship.api.negotiation.OpenAdRequestCommand;
import com.sponsorship.api.negotiation.RecordPaymentCommand;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;

/** The generator against recording gateways: what it sends, when it dates it, and what it asks of its host. */
class DemoDataTest {

    private static final String ADMIN_EMAIL = "admin@demo.test";

    private record Sent(Object command, Instant at) {
    }

    private final Queue<Sent> sent = new ConcurrentLinkedQueue<>();
    private final AtomicInteger acceptances = new AtomicInteger();
    private final List<String> hostCalls = new ArrayList<>();
    private final CommandGateway commands = mock(CommandGateway.class);
    private final QueryGateway queries = mock(QueryGateway.class);

    DemoDataTest() {
        doAnswer(invocation -> {
            Object command = invocation.getArgument(0);
            // every third acceptance is refused by the budget rule
            if (command instanceof AcceptOfferCommand && acceptances.incrementAndGet() % 3 == 0) {
                throw new CommandExecutionException("refused", null,
                        new RuleViolation(Refusal.BUDGET_EXCEEDED, null, "over budget"));
            }
            sent.add(new Sent(command, GenericEventMessage.clock.instant()));
            return null;
        }).when(commands).sendAndWait(any());
    }

    @Test
    void sendsASmallSetOfCommandsDatedOverThePastYear() {
        Instant started = Instant.now();
        DemoSummary summary = demoData(Optional.of(new LoginAccount("admin-id", ADMIN_EMAIL, "hash", Role.ADMIN, true)))
                .generate(DemoSize.SMALL);

        assertThat(count(RegisterSponsorCommand.class)).isEqualTo(DemoSize.SMALL.sponsors());
        assertThat(count(RegisterInfluencerCommand.class)).isEqualTo(DemoSize.SMALL.influencers());
        assertThat(count(CreateCampaignCommand.class)).isEqualTo(DemoSize.SMALL.campaigns());
        assertThat(count(OpenAdRequestCommand.class)).isEqualTo(DemoSize.SMALL.adRequests());
        assertThat(count(FlagAccountCommand.class)).isEqualTo(2);
        assertThat(count(FlagCampaignCommand.class)).isEqualTo(1);
        assertThat(summary.commands()).isEqualTo(sent.size());
        assertThat(summary.refusedAcceptances()).isPositive();
        assertThat(count(RecordPaymentCommand.class)).isPositive();
        assertThat(count(ConfirmPaymentCommand.class)).isPositive();
        assertThat(sent).filteredOn(step -> step.command() instanceof RecordPaymentCommand).allSatisfy(step ->
                assertThat(((RecordPaymentCommand) step.command()).paidOn())
                        .isEqualTo(LocalDate.ofInstant(step.at(), ZoneOffset.UTC)));
        assertThat(summary.password()).isEqualTo(DemoData.PASSWORD);
        assertThat(summary.adminEmail()).isEqualTo(ADMIN_EMAIL);

        List<String> cascadeReasons = Arrays.stream(CloseReason.values())
                .map(CloseReason::negotiationCancellationReason).toList();
        assertThat(sent).map(Sent::command).filteredOn(CancelNegotiationCommand.class::isInstance)
                .map(CancelNegotiationCommand.class::cast)
                .isNotEmpty()
                .allSatisfy(cancel -> {
                    assertThat(cancel.actor()).isEqualTo(Actor.SYSTEM);
                    assertThat(cascadeReasons).contains(cancel.reason());
                });

        assertThat(sent).map(Sent::at).allSatisfy(at -> assertThat(at)
                .isAfter(started.minus(Duration.ofDays(366))).isBefore(Instant.now().plusSeconds(1)));
        assertThat(sent).map(Sent::at).anySatisfy(at -> assertThat(at).isBefore(started.minus(Duration.ofDays(300))));
        assertThat(GenericEventMessage.clock).as("the real clock is back").isNotInstanceOf(SimulatedClock.class);

        assertThat(hostCalls).containsExactly("hold back", "resume and rebuild", "read models");
    }

    @Test
    void withoutTheAdminAccountNothingIsFlagged() {
        demoData(Optional.empty()).generate(DemoSize.SMALL);

        assertThat(count(FlagAccountCommand.class)).isZero();
        assertThat(count(FlagCampaignCommand.class)).isZero();
    }

    private DemoData demoData(Optional<LoginAccount> admin) {
        doReturn(CompletableFuture.completedFuture(admin))
                .when(queries).query(any(FindLoginAccountQuery.class), any(ResponseType.class));
        DemoDataHost host = new DemoDataHost() {
            @Override
            public void holdBackLiveProcessing() {
                hostCalls.add("hold back");
            }

            @Override
            public void resumeAndRebuildReadModels() {
                hostCalls.add("resume and rebuild");
            }

            @Override
            public ReadModelCatchUp readModels() {
                hostCalls.add("read models");
                return new ReadModelCatchUp(100, 100, true, null, null);
            }
        };
        return new DemoData(commands, queries, host, ADMIN_EMAIL, Duration.ofSeconds(5));
    }

    private long count(Class<?> type) {
        return sent.stream().filter(command -> type.isInstance(command.command())).count();
    }
}
