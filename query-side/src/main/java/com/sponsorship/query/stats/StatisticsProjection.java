package com.sponsorship.query.stats;

import com.sponsorship.api.account.AdminRegisteredEvent;
import com.sponsorship.api.account.AuditorRegisteredEvent;
import com.sponsorship.api.account.InfluencerRegisteredEvent;
import com.sponsorship.api.account.SponsorRegisteredEvent;
import com.sponsorship.api.campaign.CampaignCreatedEvent;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.AdRequestEditedEvent;
import com.sponsorship.api.negotiation.AdRequestOpenedEvent;
import com.sponsorship.api.negotiation.CounterOfferMadeEvent;
import com.sponsorship.api.negotiation.InfluencerAppliedEvent;
import com.sponsorship.api.negotiation.NegotiationAgreedEvent;
import com.sponsorship.api.negotiation.NegotiationEvent;
import com.sponsorship.api.negotiation.NegotiationState;
import com.sponsorship.api.negotiation.NegotiationStatus;
import com.sponsorship.api.stats.Chart;
import com.sponsorship.api.stats.ChartImage;
import com.sponsorship.api.stats.RenderChartQuery;
import com.sponsorship.api.stats.StatsScope;
import com.sponsorship.query.stats.StatisticsBatch.State;
import com.sponsorship.query.stats.StatisticsStore.Distribution;
import com.sponsorship.query.stats.StatisticsStore.Metric;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps the chart figures up to date: counters per month, and each ad request's current status
 * and payment bucket counted for the platform, its sponsor and its influencer. A change moves a
 * request from one bucket to another, so the distributions always describe the present. Changes
 * are collected per batch of events and written together (see {@link StatisticsBatch}). Charts
 * are drawn from the counters, for the viewer's scope.
 */
@Component
@ProcessingGroup(StatisticsProjection.PROCESSING_GROUP)
public class StatisticsProjection {

    public static final String PROCESSING_GROUP = "statistics";
    private static final int MONTHS = 12;

    private final StatisticsStore store;
    private final ChartRenderer renderer;
    private final Clock clock;

    @Autowired
    StatisticsProjection(StatisticsStore store, ChartRenderer renderer) {
        this(store, renderer, Clock.systemUTC());
    }

    StatisticsProjection(StatisticsStore store, ChartRenderer renderer, Clock clock) {
        this.store = store;
        this.renderer = renderer;
        this.clock = clock;
    }

    @EventHandler
    void on(SponsorRegisteredEvent event, @Timestamp Instant at) {
        batch().countMonthly(Metric.ACCOUNTS, StatisticsStore.EVERYTHING, at);
    }

    @EventHandler
    void on(InfluencerRegisteredEvent event, @Timestamp Instant at) {
        batch().countMonthly(Metric.ACCOUNTS, StatisticsStore.EVERYTHING, at);
    }

    @EventHandler
    void on(AdminRegisteredEvent event, @Timestamp Instant at) {
        batch().countMonthly(Metric.ACCOUNTS, StatisticsStore.EVERYTHING, at);
    }

    @EventHandler
    void on(AuditorRegisteredEvent event, @Timestamp Instant at) {
        batch().countMonthly(Metric.ACCOUNTS, StatisticsStore.EVERYTHING, at);
    }

    @EventHandler
    void on(CampaignCreatedEvent event, @Timestamp Instant at) {
        batch().countMonthly(Metric.CAMPAIGNS, StatisticsStore.EVERYTHING, at);
        batch().countMonthly(Metric.CAMPAIGNS, event.sponsorId(), at);
    }

    @EventHandler
    void on(AdRequestOpenedEvent event, @Timestamp Instant at) {
        StatisticsBatch batch = batch();
        State state = new State(event.sponsorId(), event.influencerId(),
                NegotiationState.initial().apply(event).status().name(), PaymentBucket.of(event.paymentAmount()).name());
        batch.put(event.negotiationId(), state, true);
        scopes(state).forEach(scope -> {
            batch.countMonthly(Metric.AD_REQUESTS, scope, at);
            count(batch, scope, state, 1);
        });
    }

    /** An open request starts counting for its influencer when one applies. */
    @EventHandler
    void on(InfluencerAppliedEvent event, @Timestamp Instant at) {
        StatisticsBatch batch = batch();
        State open = state(batch, event.negotiationId());
        State assigned = open.with(event.influencerId(), open.status(), open.bucket());
        batch.put(event.negotiationId(), assigned, false);
        batch.countMonthly(Metric.AD_REQUESTS, event.influencerId(), at);
        count(batch, event.influencerId(), assigned, 1);
        move(event, event.paymentAmount());
    }

    @EventHandler
    void on(AdRequestEditedEvent event) {
        move(event, event.paymentAmount());
    }

    @EventHandler
    void on(CounterOfferMadeEvent event) {
        move(event, event.paymentAmount());
    }

    @EventHandler
    void on(NegotiationAgreedEvent event) {
        move(event, event.paymentAmount());
    }

    /** The rest (rejected, withdrawn, cancelled) leave the amount: Axon calls the most specific handler. */
    @EventHandler
    void on(NegotiationEvent event) {
        move(event, null);
    }

    /**
     * Moves a request to the status the event leaves it in and to a new amount (null keeps the
     * current one) in every scope it counts for.
     */
    private void move(NegotiationEvent event, BigDecimal newAmount) {
        StatisticsBatch batch = batch();
        State before = state(batch, event.negotiationId());
        NegotiationStatus newStatus = NegotiationState.statusAfter(NegotiationStatus.valueOf(before.status()), event);
        State after = before.with(before.influencerId(), newStatus.name(),
                newAmount == null ? before.bucket() : PaymentBucket.of(newAmount).name());
        if (after.equals(before)) {
            return;
        }
        batch.put(event.negotiationId(), after, false);
        scopes(before).forEach(scope -> {
            count(batch, scope, before, -1);
            count(batch, scope, after, 1);
        });
    }

    private StatisticsBatch batch() {
        return StatisticsBatch.current(store);
    }

    private State state(StatisticsBatch batch, String negotiationId) {
        return batch.state(negotiationId, store::loadState);
    }

    private static void count(StatisticsBatch batch, String scope, State state, long delta) {
        batch.count(Distribution.STATUS, scope, state.status(), delta);
        batch.count(Distribution.PAYMENT, scope, state.bucket(), delta);
    }

    private static List<String> scopes(State state) {
        List<String> scopes = new ArrayList<>(List.of(StatisticsStore.EVERYTHING, state.sponsorId()));
        if (state.influencerId() != null) {
            scopes.add(state.influencerId());
        }
        return scopes;
    }

    @QueryHandler
    public ChartImage handle(RenderChartQuery query) {
        return new ChartImage(renderer.bars(query.chart().title(), axisOf(query.chart()), figures(query)));
    }

    /** The chart's bars in order: label and count (months for the last twelve months, oldest first). */
    Map<String, Long> figures(RenderChartQuery query) {
        String scope = scopeOf(query.scope());
        return switch (query.chart()) {
            case ACCOUNTS_PER_MONTH -> {
                if (!StatisticsStore.EVERYTHING.equals(scope)) {
                    throw new IllegalArgumentException("Accounts per month is a platform-wide chart");
                }
                yield lastMonths(store.monthly(Metric.ACCOUNTS, scope));
            }
            case CAMPAIGNS_PER_MONTH -> lastMonths(store.monthly(Metric.CAMPAIGNS, scope));
            case AD_REQUESTS_PER_MONTH -> lastMonths(store.monthly(Metric.AD_REQUESTS, scope));
            case STATUS_DISTRIBUTION -> ordered(store.distribution(Distribution.STATUS, scope),
                    Arrays.stream(NegotiationStatus.values()).map(Enum::name).toList(),
                    Arrays.stream(NegotiationStatus.values()).map(NegotiationStatus::label).toList());
            case PAYMENT_DISTRIBUTION -> ordered(store.distribution(Distribution.PAYMENT, scope),
                    Arrays.stream(PaymentBucket.values()).map(Enum::name).toList(),
                    Arrays.stream(PaymentBucket.values()).map(PaymentBucket::label).toList());
        };
    }

    private static String scopeOf(StatsScope scope) {
        return scope.role() == Role.SPONSOR || scope.role() == Role.INFLUENCER ? scope.accountId()
                : StatisticsStore.EVERYTHING;
    }

    private Map<String, Long> lastMonths(Map<String, Long> counts) {
        Map<String, Long> months = new LinkedHashMap<>();
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        for (int back = MONTHS - 1; back >= 0; back--) {
            String month = now.minusMonths(back).toString();
            months.put(month, counts.getOrDefault(month, 0L));
        }
        return months;
    }

    private static Map<String, Long> ordered(Map<String, Long> counts, List<String> keys, List<String> labels) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            values.put(labels.get(i), Math.max(0, counts.getOrDefault(keys.get(i), 0L)));
        }
        return values;
    }

    private static String axisOf(Chart chart) {
        return switch (chart) {
            case STATUS_DISTRIBUTION -> "Status";
            case PAYMENT_DISTRIBUTION -> "Payment amount";
            default -> "Month";
        };
    }
}
