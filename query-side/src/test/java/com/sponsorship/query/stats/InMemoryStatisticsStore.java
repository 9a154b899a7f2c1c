package com.sponsorship.query.stats;

import com.sponsorship.query.stats.StatisticsBatch.Counter;
import com.sponsorship.query.stats.StatisticsBatch.State;
import java.util.HashMap;
import java.util.Map;
import org.springframework.dao.EmptyResultDataAccessException;

/** The counter tables in memory, written as {@link StatisticsStore} writes them (counters added to, states replaced). */
final class InMemoryStatisticsStore extends StatisticsStore {

    private final Map<Counter, Long> monthly = new HashMap<>();
    private final Map<Counter, Long> distribution = new HashMap<>();
    private final Map<String, State> states = new HashMap<>();

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
    void write(StatisticsBatch batch) {
        batch.monthly().forEach((counter, delta) -> monthly.merge(counter, delta, Long::sum));
        batch.distribution().forEach((counter, delta) -> distribution.merge(counter, delta, Long::sum));
        batch.states(true).forEach(created -> {
            if (states.putIfAbsent(created.getKey(), created.getValue()) != null) {
                throw new IllegalStateException("duplicate key " + created.getKey());
            }
        });
        batch.states(false).forEach(changed -> states.replace(changed.getKey(), changed.getValue()));
    }

    @Override
    Map<String, Long> monthly(Metric metric, String scope) {
        return counts(monthly, metric.name(), scope);
    }

    @Override
    Map<String, Long> distribution(Distribution kind, String scope) {
        return counts(distribution, kind.name(), scope);
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
