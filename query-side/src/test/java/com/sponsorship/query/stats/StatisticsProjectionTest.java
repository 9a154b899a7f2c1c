package com.sponsorship.query.stats;

import static com.sponsorship.query.Events.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.sponsorship.api.account.AdminRegisteredEvent;
import com.sponsorship.api.account.InfluencerRegisteredEvent;
import com.sponsorship.api.account.SponsorRegisteredEvent;
import com.sponsorship.api.campaign.CampaignBudgetChangedEvent;
import com.sponsorship.api.campaign.CampaignCreatedEvent;
import com.sponsorship.api.campaign.CampaignUpdatedEvent;
import com.sponsorship.api.campaign.CampaignDetails;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Industry;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.common.Visibility;
import com.sponsorship.api.negotiation.AdRequestOpenedEvent;
import com.sponsorship.api.negotiation.CounterOfferMadeEvent;
import com.sponsorship.api.negotiation.InfluencerAppliedEvent;
import com.sponsorship.api.negotiation.NegotiationAgreedEvent;
import com.sponsorship.api.negotiation.NegotiationCancelledEvent;
import com.sponsorship.api.negotiation.NegotiationCompletedEvent;
import com.sponsorship.api.negotiation.NegotiationRejectedEvent;
import com.sponsorship.api.negotiation.PaymentConfirmedEvent;
import com.sponsorship.api.negotiation.PaymentDisputedEvent;
import com.sponsorship.api.negotiation.PaymentMethod;
import com.sponsorship.api.negotiation.PaymentRecordedEvent;
import com.sponsorship.api.negotiation.Terms;
import com.sponsorship.api.stats.Chart;
import com.sponsorship.api.stats.RenderChartQuery;
import com.sponsorship.api.stats.StatsScope;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

/** The figures that go into the charts, from known events: what the counters hold, not just that a PNG comes back. */
class StatisticsProjectionTest {

    private static final Actor SPONSOR = new Actor("s1", Role.SPONSOR);
    private static final Actor FIRST_INFLUENCER = new Actor("i1", Role.INFLUENCER);
    private static final Actor SECOND_INFLUENCER = new Actor("i2", Role.INFLUENCER);
    private static final StatsScope PLATFORM = new StatsScope(Role.ADMIN, "a1");

    /** Three ad requests of sponsor s1: n1 open and then applied to by i1, n2 agreed with i2, n3 rejected by i1. */
    private static final List<EventMessage<?>> HISTORY = List.of(
            event("Account", "a1", 0, "2025-01-05T10:00:00Z", new AdminRegisteredEvent("a1", "Ada", "a@x.test", Actor.SYSTEM)),
            event("Account", "s1", 0, "2026-01-10T10:00:00Z",
                    new SponsorRegisteredEvent("s1", "Sam", "s@x.test", Industry.TECHNOLOGY, SPONSOR)),
            event("Account", "i1", 0, "2026-02-03T10:00:00Z",
                    new InfluencerRegisteredEvent("i1", "Ivy", "i1@x.test", Category.BEAUTY, 1000, FIRST_INFLUENCER)),
            event("Account", "i2", 0, "2026-02-20T10:00:00Z",
                    new InfluencerRegisteredEvent("i2", "Ian", "i2@x.test", Category.FITNESS, 2000, SECOND_INFLUENCER)),
            event("Campaign", "c1", 0, "2026-02-01T10:00:00Z", campaign("c1")),
            event("Campaign", "c2", 0, "2026-03-02T10:00:00Z", campaign("c2")),
            event("Negotiation", "n1", 0, "2026-02-05T10:00:00Z", opened("n1", null, "80")),
            event("Negotiation", "n1", 1, "2026-03-01T10:00:00Z",
                    new InfluencerAppliedEvent("n1", "i1", new BigDecimal("300"), "me", FIRST_INFLUENCER)),
            event("Negotiation", "n2", 0, "2026-03-03T10:00:00Z", opened("n2", "i2", "1000")),
            event("Negotiation", "n2", 1, "2026-03-03T11:00:00Z",
                    new CounterOfferMadeEvent("n2", new BigDecimal("1200"), "more", SECOND_INFLUENCER)),
            event("Negotiation", "n2", 2, "2026-03-03T12:00:00Z",
                    new NegotiationAgreedEvent("n2", "c1", "s1", "i2", new BigDecimal("1200"), SPONSOR)),
            event("Negotiation", "n3", 0, "2026-03-04T10:00:00Z", opened("n3", "i1", "2600")),
            event("Negotiation", "n3", 1, "2026-03-05T10:00:00Z", new NegotiationRejectedEvent("n3", "no", FIRST_INFLUENCER)));

    /**
     * Deals of s1 (n2 above is one too): n4 with i1, agreed after 10 days and past its due date; n5,
     * open, applied to by i1, countered twice, agreed 4 days after the application, paid 300 (and
     * 200 disputed), completed 30 days after agreement; n6 with i2 in campaign c2, agreed after a day,
     * paid 100, then cancelled. Campaign c1 is renamed, c2's budget changed; c3 is sponsor s2's.
     */
    private static final List<EventMessage<?>> DEALS = List.of(
            event("Campaign", "c1", 1, "2026-02-01T11:00:00Z", new CampaignUpdatedEvent("c1", details("Summer c1"), SPONSOR)),
            event("Campaign", "c2", 1, "2026-03-02T11:00:00Z",
                    new CampaignBudgetChangedEvent("c2", new BigDecimal("3000"), SPONSOR)),
            event("Campaign", "c3", 0, "2026-03-02T12:00:00Z", new CampaignCreatedEvent("c3", "s2", details("Spring c3"),
                    new BigDecimal("9000"), new Actor("s2", Role.SPONSOR))),
            event("Negotiation", "n4", 0, "2026-02-01T00:00:00Z",
                    offer("n4", "c1", "i1", "500", LocalDate.of(2026, 3, 10))),
            event("Negotiation", "n4", 1, "2026-02-11T00:00:00Z", agreed("n4", "c1", "i1", "500")),
            event("Negotiation", "n5", 0, "2026-01-01T00:00:00Z", offer("n5", "c1", null, "700", null)),
            event("Negotiation", "n5", 1, "2026-02-01T00:00:00Z",
                    new InfluencerAppliedEvent("n5", "i1", new BigDecimal("1000"), "me", FIRST_INFLUENCER)),
            event("Negotiation", "n5", 2, "2026-02-02T00:00:00Z",
                    new CounterOfferMadeEvent("n5", new BigDecimal("800"), "less", SPONSOR)),
            event("Negotiation", "n5", 3, "2026-02-03T00:00:00Z",
                    new CounterOfferMadeEvent("n5", new BigDecimal("900"), "meet", FIRST_INFLUENCER)),
            event("Negotiation", "n5", 4, "2026-02-05T00:00:00Z", agreed("n5", "c1", "i1", "900")),
            event("Negotiation", "n5", 5, "2026-02-20T09:00:00Z", paid("n5", "p1", "300", LocalDate.of(2026, 2, 20))),
            event("Negotiation", "n5", 6, "2026-02-21T09:00:00Z", new PaymentConfirmedEvent("n5", "p1", FIRST_INFLUENCER)),
            event("Negotiation", "n5", 7, "2026-03-07T00:00:00Z", new NegotiationCompletedEvent("n5", Actor.SYSTEM)),
            event("Negotiation", "n5", 8, "2026-03-08T09:00:00Z", paid("n5", "p2", "200", LocalDate.of(2026, 3, 8))),
            event("Negotiation", "n5", 9, "2026-03-09T09:00:00Z",
                    new PaymentDisputedEvent("n5", "p2", "not arrived", FIRST_INFLUENCER)),
            event("Negotiation", "n6", 0, "2026-03-01T00:00:00Z", offer("n6", "c2", "i2", "800", null)),
            event("Negotiation", "n6", 1, "2026-03-02T00:00:00Z", agreed("n6", "c2", "i2", "800")),
            event("Negotiation", "n6", 2, "2026-03-03T09:00:00Z", paid("n6", "p3", "100", LocalDate.of(2026, 3, 3))),
            event("Negotiation", "n6", 3, "2026-03-05T00:00:00Z", new NegotiationCancelledEvent("n6", "off", SPONSOR)));

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T12:00:00Z"), ZoneOffset.UTC);

    private final InMemoryStatisticsStore store = new InMemoryStatisticsStore();
    private final StatisticsProjection projection = new StatisticsProjection(store, new ChartRenderer(), CLOCK);
    private final AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);

    @Test
    void monthlyChartsShowTheLastTwelveMonthsOldestFirst() throws Exception {
        handleInOneBatch(HISTORY);

        Map<String, Number> accounts = figures(Chart.ACCOUNTS_PER_MONTH, PLATFORM);
        assertThat(accounts.keySet()).hasSize(12).startsWith("2025-04").endsWith("2026-03");
        assertThat(accounts).containsEntry("2026-01", 1L).containsEntry("2026-02", 2L).containsEntry("2026-03", 0L);
        assertThat(accounts.values().stream().mapToLong(Number::longValue).sum()).as("the admin of 2025-01 is older").isEqualTo(3);

        assertThat(figures(Chart.CAMPAIGNS_PER_MONTH, PLATFORM)).containsEntry("2026-02", 1L).containsEntry("2026-03", 1L);
        assertThat(figures(Chart.CAMPAIGNS_PER_MONTH, new StatsScope(Role.SPONSOR, "s1")))
                .containsEntry("2026-02", 1L).containsEntry("2026-03", 1L);
        assertThat(figures(Chart.AD_REQUESTS_PER_MONTH, PLATFORM)).containsEntry("2026-02", 1L).containsEntry("2026-03", 2L);
        assertThat(figures(Chart.AD_REQUESTS_PER_MONTH, new StatsScope(Role.INFLUENCER, "i1")))
                .as("an open request counts for its influencer in the month they applied")
                .containsEntry("2026-02", 0L).containsEntry("2026-03", 2L);
    }

    @Test
    void distributionsDescribeEachRequestAsItIsNow() throws Exception {
        handleInOneBatch(HISTORY);

        assertThat(figures(Chart.STATUS_DISTRIBUTION, new StatsScope(Role.AUDITOR, "au1"))).containsExactly(
                entry("Open", 0L), entry("Awaiting influencer", 0L), entry("Awaiting sponsor", 1L), entry("Agreed", 1L),
                entry("Rejected", 1L), entry("Withdrawn", 0L), entry("Cancelled", 0L), entry("Expired", 0L));
        assertThat(figures(Chart.PAYMENT_DISTRIBUTION, PLATFORM)).containsExactly(
                entry("< 100", 0L), entry("100 – 249", 0L), entry("250 – 499", 1L), entry("500 – 999", 0L),
                entry("1,000 – 2,499", 1L), entry("2,500 +", 1L));
        assertThat(figures(Chart.STATUS_DISTRIBUTION, new StatsScope(Role.INFLUENCER, "i1")))
                .containsEntry("Awaiting sponsor", 1L).containsEntry("Rejected", 1L).containsEntry("Agreed", 0L);
        assertThat(figures(Chart.STATUS_DISTRIBUTION, new StatsScope(Role.INFLUENCER, "i2")))
                .containsEntry("Agreed", 1L).containsEntry("Awaiting influencer", 0L).containsEntry("Awaiting sponsor", 0L);
        assertThat(figures(Chart.PAYMENT_DISTRIBUTION, new StatsScope(Role.SPONSOR, "s1")))
                .containsEntry("250 – 499", 1L).containsEntry("1,000 – 2,499", 1L).containsEntry("2,500 +", 1L)
                .containsEntry("< 100", 0L);
    }

    /** A rebuild replays the same events in other batches: every chart of every scope comes out the same. */
    @Test
    void aReplayInOtherBatchesGivesTheSameFigures() throws Exception {
        List<EventMessage<?>> everything = new ArrayList<>(HISTORY);
        everything.addAll(DEALS);
        everything.forEach(this::handleInOwnBatch);

        StatisticsProjection replayed = new StatisticsProjection(new InMemoryStatisticsStore(), new ChartRenderer(), CLOCK);
        AnnotationEventHandlerAdapter replay = new AnnotationEventHandlerAdapter(replayed);
        handleInOneBatch(replay, everything.subList(0, 10));
        handleInOneBatch(replay, everything.subList(10, everything.size()));
        for (StatsScope scope : List.of(PLATFORM, new StatsScope(Role.SPONSOR, "s1"), new StatsScope(Role.SPONSOR, "s2"),
                new StatsScope(Role.INFLUENCER, "i1"), new StatsScope(Role.INFLUENCER, "i2"))) {
            for (Chart chart : Chart.values()) {
                if (chart.visibleTo(scope.role())) {
                    assertThat(projection.figures(new RenderChartQuery(chart, scope))).as(chart + " for " + scope)
                            .isEqualTo(replayed.figures(new RenderChartQuery(chart, scope)));
                }
            }
        }
    }

    @Test
    void dealsCountByLifecycleAndAsAgreedAmongNegotiations() throws Exception {
        handleInOneBatch(HISTORY);
        handleInOneBatch(DEALS);

        assertThat(figures(Chart.DEAL_LIFECYCLE, PLATFORM)).as("n4 is past its due date, n6 cancelled after agreement")
                .containsExactly(entry("In progress", 1L), entry("Overdue", 1L), entry("Completed", 1L),
                        entry("Cancelled", 1L));
        assertThat(figures(Chart.DEAL_LIFECYCLE, new StatsScope(Role.INFLUENCER, "i1"))).containsExactly(
                entry("In progress", 0L), entry("Overdue", 1L), entry("Completed", 1L), entry("Cancelled", 0L));
        assertThat(figures(Chart.DEAL_LIFECYCLE, new StatsScope(Role.SPONSOR, "s2"))).allSatisfy((bar, count) ->
                assertThat(count).isEqualTo(0L));
        assertThat(figures(Chart.STATUS_DISTRIBUTION, PLATFORM)).as("every deal is an agreed negotiation")
                .containsEntry("Agreed", 4L).containsEntry("Cancelled", 0L).containsEntry("Awaiting sponsor", 1L)
                .doesNotContainKey("Completed");
    }

    @Test
    void averageDaysToAgreementAndToCompletionPerMonth() throws Exception {
        handleInOneBatch(HISTORY);
        handleInOneBatch(DEALS);

        Map<String, Map<String, Number>> platform = projection.figures(new RenderChartQuery(Chart.DEAL_DURATIONS, PLATFORM))
                .series();
        assertThat(platform.get("first offer to agreement")).as("February: 10 and 4 days; March: 2 hours and 1 day")
                .containsEntry("2026-01", 0.0).containsEntry("2026-02", 7.0).containsEntry("2026-03", 0.5);
        assertThat(platform.get("agreement to completion")).as("n5, agreed 5 February, completed 7 March")
                .containsEntry("2026-02", 0.0).containsEntry("2026-03", 30.0);
        Map<String, Map<String, Number>> first = projection.figures(
                new RenderChartQuery(Chart.DEAL_DURATIONS, new StatsScope(Role.INFLUENCER, "i1"))).series();
        assertThat(first.get("first offer to agreement")).as("n5's first offer is i1's application, not the open request")
                .containsEntry("2026-02", 7.0).containsEntry("2026-03", 0.0);
    }

    @Test
    void roundsCountTheOffersBeforeAgreement() throws Exception {
        handleInOneBatch(HISTORY);
        handleInOneBatch(DEALS);

        assertThat(figures(Chart.NEGOTIATION_ROUNDS, PLATFORM)).as("n4, n6: the request; n2: and a counter-offer;"
                        + " n5: an application and two counter-offers").containsExactly(entry("1", 2L), entry("2", 1L),
                entry("3", 1L), entry("4", 0L), entry("5", 0L), entry("6+", 0L));
        assertThat(figures(Chart.NEGOTIATION_ROUNDS, new StatsScope(Role.INFLUENCER, "i2")))
                .containsEntry("1", 1L).containsEntry("2", 1L).containsEntry("3", 0L);
    }

    @Test
    void spendVsBudgetShowsTheSponsorsOwnCampaigns() throws Exception {
        handleInOneBatch(HISTORY);
        handleInOneBatch(DEALS);

        Map<String, Map<String, Number>> spend = projection.figures(
                new RenderChartQuery(Chart.SPEND_VS_BUDGET, new StatsScope(Role.SPONSOR, "s1"))).series();
        assertThat(spend.keySet()).containsExactly("budget", "committed", "paid");
        assertThat(amounts(spend.get("budget"))).as("renamed c1, then c2 with its budget changed; not s2's c3")
                .containsExactly(entry("Summer c1", 5000.0), entry("Spring c2", 3000.0));
        assertThat(amounts(spend.get("committed"))).as("c2: n6 was cancelled after 100 were paid: 700 released")
                .containsExactly(entry("Summer c1", 2600.0), entry("Spring c2", 100.0));
        assertThat(amounts(spend.get("paid"))).as("n5's disputed 200 do not count")
                .containsExactly(entry("Summer c1", 300.0), entry("Spring c2", 100.0));
        assertThat(projection.figures(new RenderChartQuery(Chart.SPEND_VS_BUDGET, new StatsScope(Role.SPONSOR, "s2")))
                .series().get("budget")).containsOnlyKeys("Spring c3");
        assertThatThrownBy(() -> figures(Chart.SPEND_VS_BUDGET, PLATFORM)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void earningsArePaymentsNotDisputedByMonthPaid() throws Exception {
        handleInOneBatch(HISTORY);
        handleInOneBatch(DEALS);

        assertThat(figures(Chart.EARNINGS_PER_MONTH, new StatsScope(Role.INFLUENCER, "i1")))
                .as("n5's 200 of March were disputed").containsEntry("2026-02", new BigDecimal("300.00"))
                .containsEntry("2026-03", new BigDecimal("0.00"));
        assertThat(figures(Chart.EARNINGS_PER_MONTH, new StatsScope(Role.INFLUENCER, "i2")))
                .containsEntry("2026-02", new BigDecimal("0.00")).containsEntry("2026-03", new BigDecimal("100.00"));
        assertThat(figures(Chart.EARNINGS_PER_MONTH, PLATFORM))
                .containsEntry("2026-02", new BigDecimal("300.00")).containsEntry("2026-03", new BigDecimal("100.00"));
    }

    @Test
    void withoutEventsEveryBarIsZeroAndAccountsArePlatformWide() {
        assertThat(figures(Chart.STATUS_DISTRIBUTION, PLATFORM)).hasSize(8).allSatisfy((status, count) ->
                assertThat(count).isEqualTo(0L));
        assertThat(figures(Chart.DEAL_LIFECYCLE, PLATFORM)).hasSize(4).allSatisfy((status, count) ->
                assertThat(count).isEqualTo(0L));
        assertThatThrownBy(() -> figures(Chart.ACCOUNTS_PER_MONTH, new StatsScope(Role.SPONSOR, "s1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The figures of a chart of one series. */
    private Map<String, Number> figures(Chart chart, StatsScope scope) {
        Map<String, Map<String, Number>> series = projection.figures(new RenderChartQuery(chart, scope)).series();
        assertThat(series).hasSize(1);
        return series.values().iterator().next();
    }

    private static Map<String, Double> amounts(Map<String, Number> values) {
        Map<String, Double> amounts = new LinkedHashMap<>();
        values.forEach((key, value) -> amounts.put(key, value.doubleValue()));
        return amounts;
    }

    private void handleInOneBatch(List<EventMessage<?>> events) throws Exception {
        handleInOneBatch(handlers, events);
    }

    /** As a tracking processor does: the batch's counters are written when its unit of work commits. */
    private static void handleInOneBatch(AnnotationEventHandlerAdapter handlers, List<EventMessage<?>> events)
            throws Exception {
        DefaultUnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(events.get(0));
        try {
            for (EventMessage<?> event : events) {
                handlers.handle(event);
            }
        } catch (Exception e) {
            unitOfWork.rollback(e);
            throw e;
        }
        unitOfWork.commit();
    }

    private void handleInOwnBatch(EventMessage<?> event) {
        try {
            handleInOneBatch(List.of(event));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static CampaignCreatedEvent campaign(String id) {
        return new CampaignCreatedEvent(id, "s1", details("Spring " + id), new BigDecimal("5000"), SPONSOR);
    }

    private static CampaignDetails details(String name) {
        return new CampaignDetails(name, null, null, Category.BEAUTY, Visibility.PUBLIC, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 5, 1));
    }

    private static AdRequestOpenedEvent offer(String id, String campaignId, String influencerId, String amount,
                                              LocalDate due) {
        Terms terms = due == null ? null : Terms.standard("a post", due);
        return new AdRequestOpenedEvent(id, campaignId, "s1", influencerId, "hello", "a post", new BigDecimal(amount),
                SPONSOR, terms, null);
    }

    private static NegotiationAgreedEvent agreed(String id, String campaignId, String influencerId, String amount) {
        return new NegotiationAgreedEvent(id, campaignId, "s1", influencerId, new BigDecimal(amount),
                new Actor(influencerId, Role.INFLUENCER));
    }

    private static PaymentRecordedEvent paid(String id, String paymentId, String amount, LocalDate on) {
        return new PaymentRecordedEvent(id, paymentId, new BigDecimal(amount), on, PaymentMethod.BANK_TRANSFER,
                "ref " + paymentId, SPONSOR);
    }

    private static AdRequestOpenedEvent opened(String id, String influencerId, String amount) {
        return new AdRequestOpenedEvent(id, "c1", "s1", influencerId, "hello", "a post", new BigDecimal(amount), SPONSOR);
    }
}
