package com.sponsorship.query.stats;

import static com.sponsorship.query.Events.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.sponsorship.api.account.AdminRegisteredEvent;
import com.sponsorship.api.account.InfluencerRegisteredEvent;
import com.sponsorship.api.account.SponsorRegisteredEvent;
import com.sponsorship.api.campaign.CampaignCreatedEvent;
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
import com.sponsorship.api.negotiation.NegotiationRejectedEvent;
import com.sponsorship.api.stats.Chart;
import com.sponsorship.api.stats.RenderChartQuery;
import com.sponsorship.api.stats.StatsScope;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

    private final InMemoryStatisticsStore store = new InMemoryStatisticsStore();
    private final StatisticsProjection projection = new StatisticsProjection(store, new ChartRenderer(),
            Clock.fixed(Instant.parse("2026-03-15T12:00:00Z"), ZoneOffset.UTC));
    private final AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);

    @Test
    void monthlyChartsShowTheLastTwelveMonthsOldestFirst() throws Exception {
        handleInOneBatch(HISTORY);

        Map<String, Long> accounts = figures(Chart.ACCOUNTS_PER_MONTH, PLATFORM);
        assertThat(accounts.keySet()).hasSize(12).startsWith("2025-04").endsWith("2026-03");
        assertThat(accounts).containsEntry("2026-01", 1L).containsEntry("2026-02", 2L).containsEntry("2026-03", 0L);
        assertThat(accounts.values().stream().mapToLong(Long::longValue).sum()).as("the admin of 2025-01 is older").isEqualTo(3);

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
                entry("Rejected", 1L), entry("Withdrawn", 0L), entry("Cancelled", 0L), entry("Expired", 0L),
                entry("Completed", 0L));
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

    @Test
    void batchBoundariesDoNotChangeTheFigures() throws Exception {
        HISTORY.forEach(this::handleInOwnBatch);

        StatisticsProjection inOneBatch = new StatisticsProjection(new InMemoryStatisticsStore(), new ChartRenderer(),
                Clock.fixed(Instant.parse("2026-03-15T12:00:00Z"), ZoneOffset.UTC));
        handleInOneBatch(new AnnotationEventHandlerAdapter(inOneBatch), HISTORY);
        for (Chart chart : List.of(Chart.AD_REQUESTS_PER_MONTH, Chart.STATUS_DISTRIBUTION, Chart.PAYMENT_DISTRIBUTION)) {
            for (StatsScope scope : List.of(PLATFORM, new StatsScope(Role.SPONSOR, "s1"),
                    new StatsScope(Role.INFLUENCER, "i1"), new StatsScope(Role.INFLUENCER, "i2"))) {
                assertThat(figures(chart, scope)).as(chart + " for " + scope)
                        .isEqualTo(inOneBatch.figures(new RenderChartQuery(chart, scope)));
            }
        }
    }

    @Test
    void withoutEventsEveryBarIsZeroAndAccountsArePlatformWide() {
        assertThat(figures(Chart.STATUS_DISTRIBUTION, PLATFORM)).hasSize(9).allSatisfy((status, count) ->
                assertThat(count).isZero());
        assertThatThrownBy(() -> figures(Chart.ACCOUNTS_PER_MONTH, new StatsScope(Role.SPONSOR, "s1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Map<String, Long> figures(Chart chart, StatsScope scope) {
        return projection.figures(new RenderChartQuery(chart, scope));
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
        return new CampaignCreatedEvent(id, "s1", new CampaignDetails("Spring " + id, null, null, Category.BEAUTY,
                Visibility.PUBLIC, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1)), new BigDecimal("5000"), SPONSOR);
    }

    private static AdRequestOpenedEvent opened(String id, String influencerId, String amount) {
        return new AdRequestOpenedEvent(id, "c1", "s1", influencerId, "hello", "a post", new BigDecimal(amount), SPONSOR);
    }
}
