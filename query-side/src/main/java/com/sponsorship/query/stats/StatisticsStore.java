package com.sponsorship.query.stats;

import com.sponsorship.query.stats.StatisticsBatch.Counter;
import com.sponsorship.query.stats.StatisticsBatch.State;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads and writes the statistics counter tables. */
@Component
class StatisticsStore {

    static final String EVERYTHING = "*";

    private static final Comparator<Counter> COUNTER_ORDER = Comparator.comparing(Counter::kind)
            .thenComparing(Counter::scope).thenComparing(Counter::key);

    private final JdbcTemplate jdbc;

    StatisticsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    State loadState(String negotiationId) {
        return jdbc.queryForObject("select sponsor_id, influencer_id, status, payment_bucket from stats_negotiation"
                        + " where id = ?", (row, n) -> new State(row.getString(1), row.getString(2), row.getString(3),
                row.getString(4)), negotiationId);
    }

    /**
     * Writes a batch's changes: counters are added to (upsert, zero sums too, so a counter row exists
     * whatever the batch boundaries were), negotiation states inserted or replaced. Rows go in key
     * order, so that two segments' batches lock shared counters in the same order (no deadlock).
     */
    void write(StatisticsBatch batch) {
        jdbc.batchUpdate("""
                insert into stats_monthly (metric, scope, month, count) values (?, ?, ?, ?)
                on conflict (metric, scope, month) do update set count = stats_monthly.count + excluded.count""",
                counterRows(batch.monthly()));
        jdbc.batchUpdate("""
                insert into stats_distribution (kind, scope, bucket, count) values (?, ?, ?, ?)
                on conflict (kind, scope, bucket) do update set count = stats_distribution.count + excluded.count""",
                counterRows(batch.distribution()));
        jdbc.batchUpdate("insert into stats_negotiation (sponsor_id, influencer_id, status, payment_bucket, id)"
                + " values (?, ?, ?, ?, ?)", stateRows(batch.states(true)));
        jdbc.batchUpdate("update stats_negotiation set sponsor_id = ?, influencer_id = ?, status = ?,"
                + " payment_bucket = ? where id = ?", stateRows(batch.states(false)));
    }

    Map<String, Long> monthly(StatisticsStore.Metric metric, String scope) {
        return counts("select month, count from stats_monthly where metric = ? and scope = ?", metric.name(), scope);
    }

    Map<String, Long> distribution(Distribution kind, String scope) {
        return counts("select bucket, count from stats_distribution where kind = ? and scope = ?", kind.name(), scope);
    }

    static String month(Instant at) {
        return YearMonth.from(at.atZone(ZoneOffset.UTC)).toString();
    }

    private Map<String, Long> counts(String sql, String kind, String scope) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query(sql, row -> {
            counts.put(row.getString(1), row.getLong(2));
        }, kind, scope);
        return counts;
    }

    private static List<Object[]> counterRows(Map<Counter, Long> counters) {
        return counters.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(COUNTER_ORDER))
                .map(entry -> new Object[] {entry.getKey().kind(), entry.getKey().scope(), entry.getKey().key(),
                        entry.getValue()})
                .toList();
    }

    private static List<Object[]> stateRows(List<Map.Entry<String, State>> states) {
        return states.stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> new Object[] {entry.getValue().sponsorId(), entry.getValue().influencerId(),
                        entry.getValue().status(), entry.getValue().bucket(), entry.getKey()})
                .toList();
    }

    enum Metric {
        ACCOUNTS, CAMPAIGNS, AD_REQUESTS
    }

    enum Distribution {
        STATUS, PAYMENT
    }
}
