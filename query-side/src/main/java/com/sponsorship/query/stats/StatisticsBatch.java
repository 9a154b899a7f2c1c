package com.sponsorship.query.stats;

import com.sponsorship.query.runtime.DeferredWrites;
import com.sponsorship.query.stats.StatisticsStore.Distribution;
import com.sponsorship.query.stats.StatisticsStore.Metric;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The statistics changes of one batch of events, kept in memory and written in a few JDBC batches
 * when the batch's transaction prepares to commit: a rebuild then costs a handful of statements
 * per batch of events instead of a dozen per event.
 */
final class StatisticsBatch {

    record Counter(String kind, String scope, String key) {
    }

    record State(String sponsorId, String influencerId, String status, String bucket) {

        State with(String newInfluencer, String newStatus, String newBucket) {
            return new State(sponsorId, newInfluencer, newStatus, newBucket);
        }
    }

    private static final String KEY = StatisticsBatch.class.getName();

    private final Map<Counter, Long> monthly = new HashMap<>();
    private final Map<Counter, Long> distribution = new HashMap<>();
    private final Map<String, State> states = new LinkedHashMap<>();
    private final Map<String, Boolean> newStates = new HashMap<>();

    /** The batch of the unit of work being processed, written by {@code store} before it commits. */
    static StatisticsBatch current(StatisticsStore store) {
        StatisticsBatch batch = CurrentUnitOfWork.get().getResource(KEY);
        if (batch == null) {
            StatisticsBatch created = new StatisticsBatch();
            CurrentUnitOfWork.get().resources().put(KEY, created);
            DeferredWrites.register(() -> {
                store.write(created);
                created.clear();
            });
            batch = created;
        }
        return batch;
    }

    private void clear() {
        monthly.clear();
        distribution.clear();
        states.clear();
        newStates.clear();
    }

    void countMonthly(Metric metric, String scope, Instant at) {
        monthly.merge(new Counter(metric.name(), scope, StatisticsStore.month(at)), 1L, Long::sum);
    }

    void count(Distribution kind, String scope, String key, long delta) {
        distribution.merge(new Counter(kind.name(), scope, key), delta, Long::sum);
    }

    State state(String negotiationId, Function<String, State> load) {
        return states.computeIfAbsent(negotiationId, load);
    }

    void put(String negotiationId, State state, boolean isNew) {
        states.put(negotiationId, state);
        newStates.merge(negotiationId, isNew, Boolean::logicalOr);
    }

    Map<Counter, Long> monthly() {
        return monthly;
    }

    Map<Counter, Long> distribution() {
        return distribution;
    }

    /** The states this batch created ({@code created}) or changed (otherwise). */
    List<Map.Entry<String, State>> states(boolean created) {
        List<Map.Entry<String, State>> changed = new ArrayList<>();
        newStates.forEach((id, isNew) -> {
            if (isNew == created) {
                changed.add(Map.entry(id, states.get(id)));
            }
        });
        return changed;
    }
}
