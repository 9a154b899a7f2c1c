package com.sponsorship.query.stats;

import com.sponsorship.query.runtime.DeferredWrites;
import com.sponsorship.query.stats.StatisticsStore.Distribution;
import com.sponsorship.query.stats.StatisticsStore.Metric;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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

    /**
     * What one negotiation counts towards. The deal figures ({@code agreedAt} onwards) are null
     * before agreement; every field added in V15 is null in rows from before until a rebuild.
     *
     * @param rounds       offers made so far: the addressed request or the application, then each counter-offer
     * @param firstOfferAt when the first of those was made
     * @param agreed       the amount agreed; not null marks a deal, whatever its status now
     * @param released     what a cancellation after agreement gave back to the budget (agreed minus paid then)
     * @param paid         the payments not disputed
     */
    record State(String sponsorId, String influencerId, String status, String bucket, String campaignId,
                 Integer rounds, Instant firstOfferAt, Instant agreedAt, LocalDate dueDate, BigDecimal agreed,
                 BigDecimal released, BigDecimal paid) {

        State with(String newInfluencer, String newStatus, String newBucket) {
            return new State(sponsorId, newInfluencer, newStatus, newBucket, campaignId, rounds, firstOfferAt,
                    agreedAt, dueDate, agreed, released, paid);
        }

        /**
         * After one more offer, made at {@code at}, with these terms' due date (null: unchanged).
         * Rounds not counted from the start (a row from before V15) stay unknown.
         */
        State offered(Instant at, LocalDate newDueDate) {
            boolean first = rounds != null && rounds == 0;
            return new State(sponsorId, influencerId, status, bucket, campaignId, rounds == null ? null : rounds + 1,
                    first ? at : firstOfferAt, agreedAt, newDueDate == null ? dueDate : newDueDate, agreed, released,
                    paid);
        }

        State agreed(Instant at, BigDecimal amount) {
            return new State(sponsorId, influencerId, status, bucket, campaignId, rounds, firstOfferAt, at, dueDate,
                    amount, BigDecimal.ZERO, paidSoFar());
        }

        State released(BigDecimal amount) {
            return new State(sponsorId, influencerId, status, bucket, campaignId, rounds, firstOfferAt, agreedAt,
                    dueDate, agreed, amount, paid);
        }

        State paidMore(BigDecimal amount) {
            return new State(sponsorId, influencerId, status, bucket, campaignId, rounds, firstOfferAt, agreedAt,
                    dueDate, agreed, released, paidSoFar().add(amount));
        }

        BigDecimal paidSoFar() {
            return paid == null ? BigDecimal.ZERO : paid;
        }

        boolean deal() {
            return agreed != null;
        }
    }

    record Campaign(String sponsorId, String name, BigDecimal budget, Instant createdAt) {

        Campaign withBudget(BigDecimal newBudget) {
            return new Campaign(sponsorId, name, newBudget, createdAt);
        }

        Campaign withName(String newName) {
            return new Campaign(sponsorId, newName, budget, createdAt);
        }
    }

    /** One payment of a deal: its amount and date, and whether it counts (recorded or confirmed, not disputed). */
    record Payment(String negotiationId, String paymentId, BigDecimal amount, LocalDate paidOn, boolean counts) {

        String key() {
            return key(negotiationId, paymentId);
        }

        static String key(String negotiationId, String paymentId) {
            return negotiationId + " " + paymentId;
        }

        Payment counting(boolean nowCounts) {
            return new Payment(negotiationId, paymentId, amount, paidOn, nowCounts);
        }
    }

    /** Rows by id as this batch left them, each remembered as created here or changed. */
    static final class Rows<V> {

        private final Map<String, V> rows = new LinkedHashMap<>();
        private final Map<String, Boolean> created = new HashMap<>();

        /** The row as this batch has it, else as {@code load} reads it; null when there is none. */
        V get(String id, Function<String, V> load) {
            return rows.computeIfAbsent(id, load);
        }

        void put(String id, V row, boolean isNew) {
            rows.put(id, row);
            created.merge(id, isNew, Boolean::logicalOr);
        }

        /** The rows this batch created ({@code wanted} true) or changed (false). */
        List<Map.Entry<String, V>> written(boolean wanted) {
            List<Map.Entry<String, V>> written = new ArrayList<>();
            created.forEach((id, isNew) -> {
                if (isNew == wanted) {
                    written.add(Map.entry(id, rows.get(id)));
                }
            });
            return written;
        }

        private void clear() {
            rows.clear();
            created.clear();
        }
    }

    private static final String KEY = StatisticsBatch.class.getName();

    private final Map<Counter, Long> monthly = new HashMap<>();
    private final Map<Counter, Long> distribution = new HashMap<>();
    private final Rows<State> states = new Rows<>();
    private final Rows<Campaign> campaigns = new Rows<>();
    private final Rows<Payment> payments = new Rows<>();

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
        campaigns.clear();
        payments.clear();
    }

    void countMonthly(Metric metric, String scope, Instant at) {
        addMonthly(metric, scope, StatisticsStore.month(at), 1);
    }

    void addMonthly(Metric metric, String scope, String month, long delta) {
        monthly.merge(new Counter(metric.name(), scope, month), delta, Long::sum);
    }

    void count(Distribution kind, String scope, String key, long delta) {
        distribution.merge(new Counter(kind.name(), scope, key), delta, Long::sum);
    }

    State state(String negotiationId, Function<String, State> load) {
        return states.get(negotiationId, load);
    }

    void put(String negotiationId, State state, boolean isNew) {
        states.put(negotiationId, state, isNew);
    }

    Rows<Campaign> campaigns() {
        return campaigns;
    }

    Rows<Payment> payments() {
        return payments;
    }

    Map<Counter, Long> monthly() {
        return monthly;
    }

    Map<Counter, Long> distribution() {
        return distribution;
    }

    /** The states this batch created ({@code created}) or changed (otherwise). */
    List<Map.Entry<String, State>> states(boolean created) {
        return states.written(created);
    }
}
