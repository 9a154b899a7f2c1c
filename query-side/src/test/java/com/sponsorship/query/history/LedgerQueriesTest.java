package com.sponsorship.query.history;

import static com.sponsorship.query.Events.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.sponsorship.api.campaign.BudgetCommittedEvent;
import com.sponsorship.api.campaign.BudgetReleasedEvent;
import com.sponsorship.api.campaign.CampaignBudgetChangedEvent;
import com.sponsorship.api.campaign.CampaignCreatedEvent;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.AdRequestOpenedEvent;
import com.sponsorship.api.negotiation.CancellationProposedEvent;
import com.sponsorship.api.negotiation.DealCancelledEvent;
import com.sponsorship.api.negotiation.NegotiationAgreedEvent;
import com.sponsorship.api.negotiation.NegotiationHistory;
import com.sponsorship.api.negotiation.NegotiationStatus;
import com.sponsorship.api.negotiation.NegotiationStep;
import com.sponsorship.api.negotiation.PaymentConfirmedEvent;
import com.sponsorship.api.negotiation.PaymentDisputedEvent;
import com.sponsorship.api.negotiation.PaymentMethod;
import com.sponsorship.api.negotiation.PaymentRecordedEvent;
import com.sponsorship.api.payment.CampaignLedger;
import com.sponsorship.api.payment.FindCampaignLedgerQuery;
import com.sponsorship.api.payment.FindInfluencerPaymentsQuery;
import com.sponsorship.api.payment.InfluencerPayments;
import com.sponsorship.api.payment.LedgerDeal;
import com.sponsorship.query.Named;
import com.sponsorship.query.account.AccountEntryRepository;
import com.sponsorship.query.campaign.CampaignEntryRepository;
import com.sponsorship.query.negotiation.NegotiationEntryRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A campaign of 1000 with two deals (300 and 200); deal n1 gets a deposit, the rest, then a dispute. */
class LedgerQueriesTest {

    private static final Actor SPONSOR = new Actor("s1", Role.SPONSOR);
    private static final Actor INFLUENCER = new Actor("i1", Role.INFLUENCER);
    private static final Actor OTHER_INFLUENCER = new Actor("i2", Role.INFLUENCER);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 5);

    private final EventStore eventStore = mock(EventStore.class);
    private final NegotiationEntryRepository negotiations = mock(NegotiationEntryRepository.class);
    private final CampaignEntryRepository campaigns = mock(CampaignEntryRepository.class);
    private final AccountEntryRepository accounts = mock(AccountEntryRepository.class);
    private final LedgerQueries queries = new LedgerQueries(eventStore, negotiations, campaigns, accounts);

    private static final List<DomainEventMessage<?>> CAMPAIGN = List.of(
            event("Campaign", "c1", 0, "2026-03-01T09:00:00Z", new CampaignCreatedEvent("c1", "s1", null,
                    new BigDecimal("800"), SPONSOR)),
            event("Campaign", "c1", 1, "2026-03-02T09:00:00Z", new CampaignBudgetChangedEvent("c1",
                    new BigDecimal("1000"), SPONSOR)),
            event("Campaign", "c1", 2, "2026-03-03T09:00:00Z", new BudgetCommittedEvent("c1", "n1",
                    new BigDecimal("300"), new BigDecimal("300"), INFLUENCER)),
            event("Campaign", "c1", 3, "2026-03-04T09:00:00Z", new BudgetCommittedEvent("c1", "n2",
                    new BigDecimal("200"), new BigDecimal("500"), OTHER_INFLUENCER)));

    private static final List<DomainEventMessage<?>> N1 = List.of(
            event("Negotiation", "n1", 0, "2026-03-02T10:00:00Z", new AdRequestOpenedEvent("n1", "c1", "s1", "i1",
                    "Posts", "Two", new BigDecimal("300"), SPONSOR)),
            event("Negotiation", "n1", 1, "2026-03-03T09:00:00Z", new NegotiationAgreedEvent("n1", "c1", "s1", "i1",
                    new BigDecimal("300"), INFLUENCER)),
            event("Negotiation", "n1", 2, "2026-03-05T09:00:00Z", new PaymentRecordedEvent("n1", "p1",
                    new BigDecimal("100"), DAY, PaymentMethod.BANK_TRANSFER, "TR-1", SPONSOR)),
            event("Negotiation", "n1", 3, "2026-03-06T09:00:00Z", new PaymentConfirmedEvent("n1", "p1", INFLUENCER)),
            event("Negotiation", "n1", 4, "2026-03-07T09:00:00Z", new PaymentRecordedEvent("n1", "p2",
                    new BigDecimal("200"), DAY, PaymentMethod.OTHER, "CASH-2", SPONSOR)),
            event("Negotiation", "n1", 5, "2026-03-08T09:00:00Z", new PaymentDisputedEvent("n1", "p2", "Never came",
                    INFLUENCER)));

    private static final List<DomainEventMessage<?>> N2 = List.of(
            event("Negotiation", "n2", 0, "2026-03-02T11:00:00Z", new AdRequestOpenedEvent("n2", "c1", "s1", "i2",
                    "Posts", "One", new BigDecimal("200"), SPONSOR)),
            event("Negotiation", "n2", 1, "2026-03-04T09:00:00Z", new NegotiationAgreedEvent("n2", "c1", "s1", "i2",
                    new BigDecimal("200"), OTHER_INFLUENCER)));

    @BeforeEach
    void store() {
        stream("c1", CAMPAIGN);
        stream("n1", N1);
        stream("n2", N2);
        when(accounts.findNamesByIdIn(anyCollection())).thenReturn(List.of(named("i1", "Ines"), named("i2", "Ivo"),
                named("s1", "Sam")));
        when(campaigns.findNamesByIdIn(anyCollection())).thenReturn(List.of(named("c1", "Spring")));
    }

    private void stream(String id, List<DomainEventMessage<?>> events) {
        when(eventStore.readEvents(eq(id), anyLong())).thenAnswer(call -> DomainEventStream.of(events.stream()));
    }

    private static Named named(String id, String name) {
        return new Named() {
            @Override
            public String getId() {
                return id;
            }

            @Override
            public String getName() {
                return name;
            }
        };
    }

    @Test
    void nowTheFiguresAddUpAndADisputedPaymentIsOutstandingAgain() {
        CampaignLedger ledger = queries.handle(new FindCampaignLedgerQuery("c1", null));

        assertThat(ledger.budget()).isEqualByComparingTo("1000");
        assertThat(ledger.committed()).isEqualByComparingTo("500");
        assertThat(ledger.paid()).isEqualByComparingTo("100");
        assertThat(ledger.released()).isEqualByComparingTo("0");
        assertThat(ledger.remaining()).isEqualByComparingTo("500");
        assertThat(ledger.deals()).extracting(LedgerDeal::negotiationId, LedgerDeal::influencerName,
                        deal -> deal.agreed().toPlainString(), deal -> deal.paid().toPlainString(),
                        deal -> deal.outstanding().toPlainString(), LedgerDeal::status)
                .containsExactly(tuple("n1", "Ines", "300", "100", "200", NegotiationStatus.AGREED),
                        tuple("n2", "Ivo", "200", "0", "200", NegotiationStatus.AGREED));
    }

    @Test
    void asOfAPastMomentOnlyTheEventsUpToThenCount() {
        CampaignLedger between = queries.handle(new FindCampaignLedgerQuery("c1", Instant.parse("2026-03-07T09:00:00Z")));
        assertThat(between.paid()).isEqualByComparingTo("300");
        assertThat(between.deals().get(0).outstanding()).isEqualByComparingTo("0");

        CampaignLedger beforeSecondDeal = queries.handle(
                new FindCampaignLedgerQuery("c1", Instant.parse("2026-03-03T12:00:00Z")));
        assertThat(beforeSecondDeal.budget()).isEqualByComparingTo("1000");
        assertThat(beforeSecondDeal.committed()).isEqualByComparingTo("300");
        assertThat(beforeSecondDeal.paid()).isEqualByComparingTo("0");
        assertThat(beforeSecondDeal.remaining()).isEqualByComparingTo("700");
        assertThat(beforeSecondDeal.deals()).extracting(LedgerDeal::negotiationId).containsExactly("n1");

        CampaignLedger atCreation = queries.handle(new FindCampaignLedgerQuery("c1", Instant.parse("2026-03-01T09:00:00Z")));
        assertThat(atCreation.budget()).isEqualByComparingTo("800");
        assertThat(atCreation.deals()).isEmpty();
        assertThat(atCreation.remaining()).isEqualByComparingTo("800");
    }

    /** Deal n2 (200) gets 50 paid, then is cancelled: the other 150 goes back to the campaign. */
    @Test
    void aCancelledDealReleasesItsOutstandingNowAndAsOfThen() {
        stream("c1", concat(CAMPAIGN, event("Campaign", "c1", 4, "2026-03-10T09:00:00Z",
                new BudgetReleasedEvent("c1", "n2", new BigDecimal("150"), new BigDecimal("350"), SPONSOR))));
        stream("n2", concat(N2,
                event("Negotiation", "n2", 2, "2026-03-05T09:00:00Z", new PaymentRecordedEvent("n2", "p3",
                        new BigDecimal("50"), DAY, PaymentMethod.PAYPAL, "PP-3", SPONSOR)),
                event("Negotiation", "n2", 3, "2026-03-09T09:00:00Z", new CancellationProposedEvent("n2", "Off",
                        OTHER_INFLUENCER)),
                event("Negotiation", "n2", 4, "2026-03-10T09:00:00Z", new DealCancelledEvent("n2", "c1",
                        new BigDecimal("150"), "Off", SPONSOR))));

        CampaignLedger ledger = queries.handle(new FindCampaignLedgerQuery("c1", null));
        assertThat(ledger.committed()).isEqualByComparingTo("500");
        assertThat(ledger.paid()).isEqualByComparingTo("150");
        assertThat(ledger.released()).isEqualByComparingTo("150");
        assertThat(ledger.remaining()).isEqualByComparingTo("650");
        assertThat(ledger.deals().get(1)).extracting(deal -> deal.outstanding().toPlainString(), LedgerDeal::status)
                .containsExactly("0", NegotiationStatus.CANCELLED);

        CampaignLedger before = queries.handle(new FindCampaignLedgerQuery("c1", Instant.parse("2026-03-09T12:00:00Z")));
        assertThat(before.released()).isEqualByComparingTo("0");
        assertThat(before.remaining()).isEqualByComparingTo("500");
        assertThat(before.deals().get(1)).extracting(deal -> deal.outstanding().toPlainString(), LedgerDeal::status)
                .containsExactly("150", NegotiationStatus.AGREED);

        assertThat(NegotiationHistoryQueries.history("n2", readN2()).steps().subList(3, 5))
                .extracting(NegotiationStep::actorRole, NegotiationStep::action, NegotiationStep::message,
                        NegotiationStep::statusAfter)
                .containsExactly(tuple(Role.INFLUENCER, "proposed cancelling the deal", "Off", NegotiationStatus.AGREED),
                        tuple(Role.SPONSOR, "cancelled the deal, releasing 150.00 to the campaign's budget", "Off",
                                NegotiationStatus.CANCELLED));
    }

    private Iterator<? extends DomainEventMessage<?>> readN2() {
        return eventStore.readEvents("n2", 0);
    }

    private static List<DomainEventMessage<?>> concat(List<DomainEventMessage<?>> first, DomainEventMessage<?>... more) {
        List<DomainEventMessage<?>> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void anInfluencerIsDueTheOutstandingAndHasReceivedWhatItConfirmed() {
        when(negotiations.findIdsByInfluencerAndStatusIn("i1", List.of(NegotiationStatus.AGREED, NegotiationStatus.COMPLETED))).thenReturn(List.of("n1"));

        InfluencerPayments payments = queries.handle(new FindInfluencerPaymentsQuery("i1"));

        assertThat(payments.due()).isEqualByComparingTo("200");
        assertThat(payments.received()).isEqualByComparingTo("100");
        assertThat(payments.deals()).singleElement().satisfies(deal -> {
            assertThat(deal.campaignName()).isEqualTo("Spring");
            assertThat(deal.sponsorName()).isEqualTo("Sam");
            assertThat(deal.agreed()).isEqualByComparingTo("300");
            assertThat(deal.confirmed()).extracting(payment -> payment.id()).containsExactly("p1");
        });
    }

    @Test
    void paymentStepsSayWhatWasPaidAndLeaveTheAgreedAmountAndStatus() {
        NegotiationHistory history = NegotiationHistoryQueries.history("n1", N1.iterator());

        assertThat(history.steps().subList(2, 6)).extracting(NegotiationStep::actorRole, NegotiationStep::action,
                        NegotiationStep::message, step -> step.amount().toPlainString(), NegotiationStep::statusAfter)
                .containsExactly(
                        tuple(Role.SPONSOR, "recorded a payment of 100.00 (Bank transfer, paid on 2026-03-05)",
                                "Reference: TR-1", "300", NegotiationStatus.AGREED),
                        tuple(Role.INFLUENCER, "confirmed receipt of payment TR-1 of 100.00", null, "300",
                                NegotiationStatus.AGREED),
                        tuple(Role.SPONSOR, "recorded a payment of 200.00 (Other, paid on 2026-03-05)", "Reference: CASH-2",
                                "300", NegotiationStatus.AGREED),
                        tuple(Role.INFLUENCER, "disputed payment CASH-2 of 200.00", "Never came", "300",
                                NegotiationStatus.AGREED));
    }
}
