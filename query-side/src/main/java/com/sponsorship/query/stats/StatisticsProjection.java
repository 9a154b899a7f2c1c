package com.sponsorship.query.stats;

import com.sponsorship.api.account.AdminRegisteredEvent;
import com.sponsorship.api.account.AuditorRegisteredEvent;
import com.sponsorship.api.account.InfluencerRegisteredEvent;
import com.sponsorship.api.account.SponsorRegisteredEvent;
import com.sponsorship.api.campaign.CampaignBudgetChangedEvent;
import com.sponsorship.api.campaign.CampaignCreatedEvent;
import com.sponsorship.api.campaign.CampaignUpdatedEvent;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.AdRequestEditedEvent;
import com.sponsorship.api.negotiation.AdRequestOpenedEvent;
import com.sponsorship.api.negotiation.CounterOfferMadeEvent;
import com.sponsorship.api.negotiation.InfluencerAppliedEvent;
import com.sponsorship.api.negotiation.NegotiationAgreedEvent;
import com.sponsorship.api.negotiation.NegotiationEvent;
import com.sponsorship.api.negotiation.NegotiationState;
import com.sponsorship.api.negotiation.NegotiationStatus;
import com.sponsorship.api.negotiation.PaymentConfirmedEvent;
import com.sponsorship.api.negotiation.PaymentDisputedEvent;
import com.sponsorship.api.negotiation.PaymentEvent;
import com.sponsorship.api.negotiation.PaymentRecordedEvent;
import com.sponsorship.api.negotiation.PaymentStatus;
import com.sponsorship.api.negotiation.Terms;
import com.sponsorship.api.stats.Chart;
import com.sponsorship.api.stats.ChartImage;
import com.sponsorship.api.stats.RenderChartQuery;
import com.sponsorship.api.stats.StatsScope;
import com.sponsorship.query.stats.StatisticsBatch.Campaign;
import com.sponsorship.query.stats.StatisticsBatch.Payment;
import com.sponsorship.query.stats.StatisticsBatch.State;
import com.sponsorship.query.stats.StatisticsStore.CampaignSpend;
import com.sponsorship.query.stats.StatisticsStore.Distribution;
import com.sponsorship.query.stats.StatisticsStore.Metric;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps the chart figures up to date: counters per month, and each ad request's current status
 * and payment bucket counted for the platform, its sponsor and its influencer. A change moves a
 * request from one bucket to another, so the distributions always describe the present. A deal
 * (agreed onwards) also counts by its lifecycle status and offers made, the days it took to agree
 * and to complete (monthly sums and counts), its payments (earnings per month) and what its
 * campaign committed and paid. Changes are collected per batch of events and written together
 * (see {@link StatisticsBatch}). Charts are drawn from the counters, for the viewer's scope.
 */
@Component
@ProcessingGroup(StatisticsProjection.PROCESSING_GROUP)
public class StatisticsProjection {

    public static final String PROCESSING_GROUP = "statistics";
    private static final int MONTHS = 12;
    /** The last bar of the rounds chart counts this many offers and more. */
    private static final int MAX_ROUNDS = 6;
    private static final int CAMPAIGNS_COMPARED = 10;
    private static final long SECONDS_A_DAY = 86_400;
    /** The status chart's bars: a deal counts as agreed there, its lifecycle has a chart of its own. */
    private static final List<NegotiationStatus> NEGOTIATION_STATUSES = Arrays.stream(NegotiationStatus.values())
            .filter(status -> status != NegotiationStatus.COMPLETED).toList();

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
        StatisticsBatch batch = batch();
        batch.countMonthly(Metric.CAMPAIGNS, StatisticsStore.EVERYTHING, at);
        batch.countMonthly(Metric.CAMPAIGNS, event.sponsorId(), at);
        batch.campaigns().put(event.campaignId(),
                new Campaign(event.sponsorId(), event.details().name(), event.budget(), at), true);
    }

    @EventHandler
    void on(CampaignBudgetChangedEvent event) {
        changeCampaign(event.campaignId(), campaign -> campaign.withBudget(event.budget()));
    }

    @EventHandler
    void on(CampaignUpdatedEvent event) {
        changeCampaign(event.campaignId(), campaign -> campaign.withName(event.details().name()));
    }

    private void changeCampaign(String campaignId, UnaryOperator<Campaign> change) {
        StatisticsBatch batch = batch();
        Campaign before = batch.campaigns().get(campaignId, store::loadCampaign);
        if (before != null) {
            batch.campaigns().put(campaignId, change.apply(before), false);
        }
    }

    /** A request addressed to an influencer is the first offer; an open one waits for an application. */
    @EventHandler
    void on(AdRequestOpenedEvent event, @Timestamp Instant at) {
        StatisticsBatch batch = batch();
        State opened = new State(event.sponsorId(), event.influencerId(),
                NegotiationState.initial().apply(event).status().name(), PaymentBucket.of(event.paymentAmount()).name(),
                event.campaignId(), 0, null, null, dueDate(event.terms()), null, null, null);
        State state = event.influencerId() == null ? opened : opened.offered(at, null);
        batch.put(event.negotiationId(), state, true);
        scopes(state).forEach(scope -> {
            batch.countMonthly(Metric.AD_REQUESTS, scope, at);
            count(batch, scope, state, 1);
        });
    }

    /** An open request starts counting for its influencer when one applies. */
    @EventHandler
    void on(InfluencerAppliedEvent event, @Timestamp Instant at) {
        batch().countMonthly(Metric.AD_REQUESTS, event.influencerId(), at);
        move(event, at, state -> state.with(event.influencerId(), state.status(), state.bucket())
                .offered(at, dueDate(event.terms())), event.paymentAmount());
    }

    @EventHandler
    void on(AdRequestEditedEvent event, @Timestamp Instant at) {
        move(event, at, state -> state, event.paymentAmount());
    }

    @EventHandler
    void on(CounterOfferMadeEvent event, @Timestamp Instant at) {
        move(event, at, state -> state.offered(at, dueDate(event.terms())), event.paymentAmount());
    }

    @EventHandler
    void on(NegotiationAgreedEvent event, @Timestamp Instant at) {
        move(event, at, state -> state, event.paymentAmount());
    }

    /** A payment counts for the deal and for the influencer's earnings in the month it was made. */
    @EventHandler
    void on(PaymentRecordedEvent event, @Timestamp Instant at) {
        Payment payment = new Payment(event.negotiationId(), event.paymentId(), event.amount(), event.paidOn(), true);
        batch().payments().put(payment.key(), payment, true);
        paid(event, at, payment, 1);
    }

    @EventHandler
    void on(PaymentConfirmedEvent event, @Timestamp Instant at) {
        answered(event, at, PaymentStatus.CONFIRMED);
    }

    @EventHandler
    void on(PaymentDisputedEvent event, @Timestamp Instant at) {
        answered(event, at, PaymentStatus.DISPUTED);
    }

    /**
     * The rest (rejected, withdrawn, cancelled, expired, completed, deliverables) leave the amount:
     * Axon calls the most specific handler. A cancellation after agreement is any event that takes
     * a deal to CANCELLED, so it needs no handler of its own.
     */
    @EventHandler
    void on(NegotiationEvent event, @Timestamp Instant at) {
        move(event, at, state -> state, null);
    }

    private void answered(PaymentEvent event, Instant at, PaymentStatus answer) {
        StatisticsBatch batch = batch();
        String key = Payment.key(event.negotiationId(), event.paymentId());
        Payment before = batch.payments().get(key, id -> store.loadPayment(event.negotiationId(), event.paymentId()));
        if (before == null || before.counts() == answer.counts()) {
            return;
        }
        Payment after = before.counting(answer.counts());
        batch.payments().put(key, after, false);
        paid(event, at, after, after.counts() ? 1 : -1);
    }

    /** Adds ({@code sign} 1) or takes away (-1) a payment from its deal's paid amount and the earnings of its month. */
    private void paid(PaymentEvent event, Instant at, Payment payment, int sign) {
        BigDecimal amount = sign > 0 ? payment.amount() : payment.amount().negate();
        State deal = move(event, at, state -> state.paidMore(amount), null);
        long cents = amount.movePointRight(2).longValueExact();
        String month = YearMonth.from(payment.paidOn()).toString();
        batch().addMonthly(Metric.EARNINGS_CENTS, StatisticsStore.EVERYTHING, month, cents);
        if (deal.influencerId() != null) {
            batch().addMonthly(Metric.EARNINGS_CENTS, deal.influencerId(), month, cents);
        }
    }

    /**
     * Applies an event to a request: {@code change} (an offer, a payment), then the status the event
     * leaves it in and a new amount (null keeps the current one). Counts move from the buckets of
     * before to those of after in every scope; an agreement, completion or cancellation of a deal
     * also counts how long it took and what was released. Returns the state after.
     */
    private State move(NegotiationEvent event, Instant at, UnaryOperator<State> change, BigDecimal newAmount) {
        StatisticsBatch batch = batch();
        State before = state(batch, event.negotiationId());
        NegotiationStatus newStatus = NegotiationState.statusAfter(NegotiationStatus.valueOf(before.status()), event);
        State changed = change.apply(before);
        State after = changed.with(changed.influencerId(), newStatus.name(),
                newAmount == null ? before.bucket() : PaymentBucket.of(newAmount).name());
        if (newStatus == NegotiationStatus.AGREED && !before.status().equals(newStatus.name())) {
            after = agreed(batch, after, at, newAmount);
        } else if (before.deal() && !before.status().equals(newStatus.name())) {
            after = dealMoved(batch, after, at, newStatus);
        }
        if (after.equals(before)) {
            return after;
        }
        batch.put(event.negotiationId(), after, false);
        for (String scope : scopes(before)) {
            count(batch, scope, before, -1);
        }
        for (String scope : scopes(after)) {
            count(batch, scope, after, 1);
        }
        return after;
    }

    private static State agreed(StatisticsBatch batch, State state, Instant at, BigDecimal amount) {
        State deal = state.agreed(at, amount);
        for (String scope : scopes(deal)) {
            batch.countMonthly(Metric.AGREEMENTS, scope, at);
            if (deal.firstOfferAt() != null) {
                batch.addMonthly(Metric.AGREEMENT_SECONDS, scope, StatisticsStore.month(at),
                        Duration.between(deal.firstOfferAt(), at).toSeconds());
            }
            if (deal.rounds() != null) {
                batch.count(Distribution.ROUNDS, scope, roundsKey(deal.rounds()), 1);
            }
        }
        return deal;
    }

    private static State dealMoved(StatisticsBatch batch, State deal, Instant at, NegotiationStatus newStatus) {
        if (newStatus == NegotiationStatus.COMPLETED) {
            for (String scope : scopes(deal)) {
                batch.countMonthly(Metric.COMPLETIONS, scope, at);
                if (deal.agreedAt() != null) {
                    batch.addMonthly(Metric.COMPLETION_SECONDS, scope, StatisticsStore.month(at),
                            Duration.between(deal.agreedAt(), at).toSeconds());
                }
            }
        }
        return newStatus == NegotiationStatus.CANCELLED ? deal.released(deal.agreed().subtract(deal.paidSoFar())) : deal;
    }

    private StatisticsBatch batch() {
        return StatisticsBatch.current(store);
    }

    private State state(StatisticsBatch batch, String negotiationId) {
        return batch.state(negotiationId, store::loadState);
    }

    /** A deal counts as AGREED among negotiations and by its own status among deals. */
    private static void count(StatisticsBatch batch, String scope, State state, long delta) {
        batch.count(Distribution.STATUS, scope, state.deal() ? NegotiationStatus.AGREED.name() : state.status(), delta);
        batch.count(Distribution.PAYMENT, scope, state.bucket(), delta);
        if (state.deal()) {
            batch.count(Distribution.LIFECYCLE, scope, state.status(), delta);
        }
    }

    private static List<String> scopes(State state) {
        List<String> scopes = new ArrayList<>(List.of(StatisticsStore.EVERYTHING, state.sponsorId()));
        if (state.influencerId() != null) {
            scopes.add(state.influencerId());
        }
        return scopes;
    }

    private static LocalDate dueDate(Terms terms) {
        return terms == null ? null : terms.dueDate();
    }

    static String roundsKey(int rounds) {
        return rounds >= MAX_ROUNDS ? MAX_ROUNDS + "+" : Integer.toString(rounds);
    }

    @QueryHandler
    public ChartImage handle(RenderChartQuery query) {
        return new ChartImage(renderer.bars(query.chart().title(), figures(query)));
    }

    /** What the chart draws, in order (months: the last twelve, oldest first). */
    Figures figures(RenderChartQuery query) {
        String scope = scopeOf(query.scope());
        return switch (query.chart()) {
            case ACCOUNTS_PER_MONTH -> {
                if (!StatisticsStore.EVERYTHING.equals(scope)) {
                    throw new IllegalArgumentException("Accounts per month is a platform-wide chart");
                }
                yield Figures.counts("Month", lastMonths(store.monthly(Metric.ACCOUNTS, scope)));
            }
            case CAMPAIGNS_PER_MONTH -> Figures.counts("Month", lastMonths(store.monthly(Metric.CAMPAIGNS, scope)));
            case AD_REQUESTS_PER_MONTH -> Figures.counts("Month", lastMonths(store.monthly(Metric.AD_REQUESTS, scope)));
            case STATUS_DISTRIBUTION -> Figures.counts("Status", ordered(store.distribution(Distribution.STATUS, scope),
                    NEGOTIATION_STATUSES.stream().map(Enum::name).toList(),
                    NEGOTIATION_STATUSES.stream().map(NegotiationStatus::label).toList()));
            case DEAL_LIFECYCLE -> Figures.counts("Deal status", lifecycle(scope));
            case DEAL_DURATIONS -> durations(scope);
            case NEGOTIATION_ROUNDS -> {
                List<String> keys = IntStream.rangeClosed(1, MAX_ROUNDS).mapToObj(StatisticsProjection::roundsKey).toList();
                yield Figures.counts("Offers before agreement",
                        ordered(store.distribution(Distribution.ROUNDS, scope), keys, keys));
            }
            case PAYMENT_DISTRIBUTION -> Figures.counts("Payment amount",
                    ordered(store.distribution(Distribution.PAYMENT, scope),
                            Arrays.stream(PaymentBucket.values()).map(Enum::name).toList(),
                            Arrays.stream(PaymentBucket.values()).map(PaymentBucket::label).toList()));
            case SPEND_VS_BUDGET -> {
                if (query.scope().role() != Role.SPONSOR) {
                    throw new IllegalArgumentException("Spend vs budget is a sponsor's chart of its own campaigns");
                }
                yield spendVsBudget(scope);
            }
            case EARNINGS_PER_MONTH -> {
                Map<String, Number> earnings = new LinkedHashMap<>();
                lastMonths(store.monthly(Metric.EARNINGS_CENTS, scope))
                        .forEach((month, cents) -> earnings.put(month, BigDecimal.valueOf(cents, 2)));
                yield new Figures("Month of payment", "Amount", Map.of("earnings", earnings));
            }
        };
    }

    /**
     * In progress, overdue (taken out of them, counted now: it depends on the day), completed, and
     * cancelled: deals, so cancelled after agreement.
     */
    private Map<String, Long> lifecycle(String scope) {
        Map<String, Long> deals = store.distribution(Distribution.LIFECYCLE, scope);
        long inProgress = Math.max(0, deals.getOrDefault(NegotiationStatus.AGREED.name(), 0L));
        long overdue = Math.min(inProgress, store.overdue(scope, LocalDate.now(clock.withZone(ZoneOffset.UTC))));
        Map<String, Long> bars = new LinkedHashMap<>();
        bars.put("In progress", inProgress - overdue);
        bars.put("Overdue", overdue);
        bars.put("Completed", Math.max(0, deals.getOrDefault(NegotiationStatus.COMPLETED.name(), 0L)));
        bars.put("Cancelled", Math.max(0, deals.getOrDefault(NegotiationStatus.CANCELLED.name(), 0L)));
        return bars;
    }

    private Figures durations(String scope) {
        Map<String, Map<String, Number>> series = new LinkedHashMap<>();
        series.put("first offer to agreement", averageDays(store.monthly(Metric.AGREEMENT_SECONDS, scope),
                store.monthly(Metric.AGREEMENTS, scope)));
        series.put("agreement to completion", averageDays(store.monthly(Metric.COMPLETION_SECONDS, scope),
                store.monthly(Metric.COMPLETIONS, scope)));
        return new Figures("Month", "Days (average)", series);
    }

    /** Per month, the seconds summed over the deals divided by their number, in days to one decimal; 0 without any. */
    private Map<String, Number> averageDays(Map<String, Long> seconds, Map<String, Long> deals) {
        Map<String, Number> days = new LinkedHashMap<>();
        lastMonths(deals).forEach((month, count) -> days.put(month, count <= 0 ? 0.0
                : BigDecimal.valueOf(seconds.getOrDefault(month, 0L))
                        .divide(BigDecimal.valueOf(count * SECONDS_A_DAY), 1, RoundingMode.HALF_UP).doubleValue()));
        return days;
    }

    private Figures spendVsBudget(String sponsorId) {
        Map<String, Map<String, Number>> series = new LinkedHashMap<>();
        series.put("budget", new LinkedHashMap<>());
        series.put("committed", new LinkedHashMap<>());
        series.put("paid", new LinkedHashMap<>());
        for (CampaignSpend campaign : store.spendVsBudget(sponsorId, CAMPAIGNS_COMPARED)) {
            String name = campaign.name();
            for (int same = 2; series.get("budget").containsKey(name); same++) {
                name = campaign.name() + " (" + same + ")";
            }
            series.get("budget").put(name, campaign.budget());
            series.get("committed").put(name, campaign.committed());
            series.get("paid").put(name, campaign.paid());
        }
        return new Figures("Campaign", "Amount", series);
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
}
