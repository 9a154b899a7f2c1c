package com.sponsorship.query.stats;

import com.sponsorship.query.stats.StatisticsBatch.Campaign;
import com.sponsorship.query.stats.StatisticsBatch.Counter;
import com.sponsorship.query.stats.StatisticsBatch.Payment;
import com.sponsorship.query.stats.StatisticsBatch.State;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import org.springframework.dao.EmptyResultDataAccessException;

/** The counter tables in memory, written as {@link StatisticsStore} writes them (counters added to, rows replaced). */
final class InMemoryStatisticsStore extends StatisticsStore {

    private final Map<Counter, Long> monthly = new HashMap<>();
    private final Map<Counter, Long> distribution = new HashMap<>();
    private final Map<String, State> states = new HashMap<>();
    private final Map<String, Campaign> campaigns = new HashMap<>();
    private final Map<String, Payment> payments = new HashMap<>();

    InMemoryStatisticsStore() {
        super(null);
    }

    @Override
    State loadState(String negotiationId) {
        State state = states.get(negotiationId);
        if (state == null) {
            throw new EmptyResultDataAccessException(1);
        }
        return state;
    }

    @Override
    Campaign loadCampaign(String campaignId) {
        return campaigns.get(campaignId);
    }

    @Override
    Payment loadPayment(String negotiationId, String paymentId) {
        return payments.get(Payment.key(negotiationId, paymentId));
    }

    @Override
    void write(StatisticsBatch batch) {
        batch.monthly().forEach((counter, delta) -> monthly.merge(counter, delta, Long::sum));
        batch.distribution().forEach((counter, delta) -> distribution.merge(counter, delta, Long::sum));
        write(states, batch.states(true), batch.states(false));
        write(campaigns, batch.campaigns().written(true), batch.campaigns().written(false));
        write(payments, batch.payments().written(true), batch.payments().written(false));
    }

    private static <V> void write(Map<String, V> table, List<Entry<String, V>> created, List<Entry<String, V>> changed) {
        created.forEach(row -> {
            if (table.putIfAbsent(row.getKey(), row.getValue()) != null) {
                throw new IllegalStateException("duplicate key " + row.getKey());
            }
        });
        changed.forEach(row -> table.replace(row.getKey(), row.getValue()));
    }

    @Override
    Map<String, Long> monthly(Metric metric, String scope) {
        return counts(monthly, metric.name(), scope);
    }

    @Override
    Map<String, Long> distribution(Distribution kind, String scope) {
        return counts(distribution, kind.name(), scope);
    }

    @Override
    long overdue(String scope, LocalDate today) {
        return states.values().stream()
                .filter(state -> state.status().equals("AGREED") && state.deal() && state.dueDate() != null
                        && state.dueDate().isBefore(today))
                .filter(state -> EVERYTHING.equals(scope) || scope.equals(state.sponsorId())
                        || scope.equals(state.influencerId()))
                .count();
    }

    @Override
    List<CampaignSpend> spendVsBudget(String sponsorId, int count) {
        List<Entry<String, Campaign>> recent = new ArrayList<>(campaigns.entrySet().stream()
                .filter(entry -> entry.getValue().sponsorId().equals(sponsorId))
                .sorted(Comparator.comparing((Entry<String, Campaign> entry) -> entry.getValue().createdAt())
                        .thenComparing(Entry::getKey).reversed())
                .limit(count).toList());
        Collections.reverse(recent);
        return recent.stream().map(entry -> {
            List<State> deals = states.values().stream()
                    .filter(state -> entry.getKey().equals(state.campaignId()) && state.deal()).toList();
            return new CampaignSpend(entry.getValue().name(), entry.getValue().budget(),
                    sum(deals.stream().map(deal -> deal.agreed().subtract(deal.released())).toList()),
                    sum(deals.stream().map(State::paidSoFar).toList()));
        }).toList();
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Map<String, Long> counts(Map<Counter, Long> table, String kind, String scope) {
        Map<String, Long> counts = new HashMap<>();
        table.forEach((counter, count) -> {
            if (counter.kind().equals(kind) && counter.scope().equals(scope)) {
                counts.put(counter.key(), count);
            }
        });
        return counts;
    }
}
