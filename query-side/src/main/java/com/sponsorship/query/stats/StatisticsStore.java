package com.sponsorship.query.stats;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads and writes the statistics counter tables. */
@Component
class StatisticsStore {

    static final String EVERYTHING = "*";

    private final JdbcTemplate jdbc;

    StatisticsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void countMonthly(Metric metric, String scope, Instant at) {
        jdbc.update("""
                insert into stats_monthly (metric, scope, month, count) values (?, ?, ?, 1)
                on conflict (metric, scope, month) do update set count = stats_monthly.count + 1""",
                metric.name(), scope, month(at));
    }

    void addToDistribution(Distribution kind, String scope, String bucket, int delta) {
        jdbc.update("""
                insert into stats_distribution (kind, scope, bucket, count) values (?, ?, ?, ?)
                on conflict (kind, scope, bucket) do update set count = stats_distribution.count + excluded.count""",
                kind.name(), scope, bucket, delta);
    }

    Map<String, Long> monthly(Metric metric, String scope) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("select month, count from stats_monthly where metric = ? and scope = ?",
                row -> {
                    counts.put(row.getString(1), row.getLong(2));
                }, metric.name(), scope);
        return counts;
    }

    Map<String, Long> distribution(Distribution kind, String scope) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("select bucket, count from stats_distribution where kind = ? and scope = ?",
                row -> {
                    counts.put(row.getString(1), row.getLong(2));
                }, kind.name(), scope);
        return counts;
    }

    void clear() {
        List.of("stats_monthly", "stats_distribution", "stats_negotiation")
                .forEach(table -> jdbc.update("delete from " + table));
    }

    static String month(Instant at) {
        return YearMonth.from(at.atZone(ZoneOffset.UTC)).toString();
    }

    enum Metric {
        ACCOUNTS, CAMPAIGNS, AD_REQUESTS
    }

    enum Distribution {
        STATUS, PAYMENT
    }
}
