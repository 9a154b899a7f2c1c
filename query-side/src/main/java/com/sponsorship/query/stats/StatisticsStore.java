package com.sponsorship.query.stats;

import com.sponsorship.query.stats.StatisticsBatch.Campaign;
import com.sponsorship.query.stats.StatisticsBatch.Counter;
import com.sponsorship.query.stats.StatisticsBatch.Payment;
import com.sponsorship.query.stats.StatisticsBatch.State;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.support.DataAccessUtils;
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

    private static final String STATE_COLUMNS = "sponsor_id, influencer_id, status, payment_bucket, campaign_id, rounds,"
            + " first_offer_at, agreed_at, due_date, agreed, released, paid";

    State loadState(String negotiationId) {
        return jdbc.queryForObject("select " + STATE_COLUMNS + " from stats_negotiation where id = ?",
                (row, n) -> new State(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getObject(6, Integer.class), instant(row, 7), instant(row, 8),
                        date(row, 9), row.getBigDecimal(10), row.getBigDecimal(11), row.getBigDecimal(12)),
                negotiationId);
    }

    /** Null for a campaign created before the statistics kept campaigns (until they are rebuilt). */
    Campaign loadCampaign(String campaignId) {
        return DataAccessUtils.singleResult(jdbc.query("select sponsor_id, name, budget, created_at from stats_campaign"
                + " where id = ?", (row, n) -> new Campaign(row.getString(1), row.getString(2), row.getBigDecimal(3),
                instant(row, 4)), campaignId));
    }

    /** Null for a payment recorded before the statistics kept payments (until they are rebuilt). */
    Payment loadPayment(String negotiationId, String paymentId) {
        return DataAccessUtils.singleResult(jdbc.query("select amount, paid_on, counts from stats_payment"
                + " where negotiation_id = ? and payment_id = ?", (row, n) -> new Payment(negotiationId, paymentId,
                row.getBigDecimal(1), date(row, 2), row.getBoolean(3)), negotiationId, paymentId));
    }

    /** Deals in progress (agreed, not completed or cancelled) whose due date is before {@code today}. */
    long overdue(String scope, LocalDate today) {
        String sql = "select count(*) from stats_negotiation where status = 'AGREED' and agreed is not null"
                + " and due_date < ?";
        return EVERYTHING.equals(scope) ? jdbc.queryForObject(sql, Long.class, Date.valueOf(today))
                : jdbc.queryForObject(sql + " and (sponsor_id = ? or influencer_id = ?)", Long.class,
                Date.valueOf(today), scope, scope);
    }

    /**
     * A sponsor's most recently created campaigns, oldest of them first: budget, what its deals
     * committed (less what cancellations released) and what was paid.
     */
    List<CampaignSpend> spendVsBudget(String sponsorId, int campaigns) {
        List<CampaignSpend> recent = new ArrayList<>(jdbc.query("""
                select c.name, c.budget, coalesce(sum(n.agreed - n.released), 0), coalesce(sum(n.paid), 0)
                from stats_campaign c left join stats_negotiation n on n.campaign_id = c.id and n.agreed is not null
                where c.sponsor_id = ?
                group by c.id, c.name, c.budget, c.created_at
                order by c.created_at desc, c.id desc limit ?""",
                (row, n) -> new CampaignSpend(row.getString(1), row.getBigDecimal(2), row.getBigDecimal(3),
                        row.getBigDecimal(4)), sponsorId, campaigns));
        Collections.reverse(recent);
        return recent;
    }

    record CampaignSpend(String name, BigDecimal budget, BigDecimal committed, BigDecimal paid) {
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
        jdbc.batchUpdate("insert into stats_negotiation (" + STATE_COLUMNS + ", id)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", stateRows(batch.states(true)));
        jdbc.batchUpdate("update stats_negotiation set sponsor_id = ?, influencer_id = ?, status = ?,"
                + " payment_bucket = ?, campaign_id = ?, rounds = ?, first_offer_at = ?, agreed_at = ?, due_date = ?,"
                + " agreed = ?, released = ?, paid = ? where id = ?", stateRows(batch.states(false)));
        jdbc.batchUpdate("insert into stats_campaign (sponsor_id, name, budget, created_at, id) values (?, ?, ?, ?, ?)",
                campaignRows(batch.campaigns().written(true)));
        jdbc.batchUpdate("update stats_campaign set sponsor_id = ?, name = ?, budget = ?, created_at = ? where id = ?",
                campaignRows(batch.campaigns().written(false)));
        jdbc.batchUpdate("insert into stats_payment (amount, paid_on, counts, negotiation_id, payment_id)"
                + " values (?, ?, ?, ?, ?)", paymentRows(batch.payments().written(true)));
        jdbc.batchUpdate("update stats_payment set amount = ?, paid_on = ?, counts = ?"
                + " where negotiation_id = ? and payment_id = ?", paymentRows(batch.payments().written(false)));
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
                .map(entry -> {
                    State state = entry.getValue();
                    return new Object[] {state.sponsorId(), state.influencerId(), state.status(), state.bucket(),
                            state.campaignId(), state.rounds(), timestamp(state.firstOfferAt()),
                            timestamp(state.agreedAt()), state.dueDate() == null ? null : Date.valueOf(state.dueDate()),
                            state.agreed(), state.released(), state.paid(), entry.getKey()};
                })
                .toList();
    }

    private static List<Object[]> campaignRows(List<Map.Entry<String, Campaign>> campaigns) {
        return campaigns.stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> new Object[] {entry.getValue().sponsorId(), entry.getValue().name(),
                        entry.getValue().budget(), timestamp(entry.getValue().createdAt()), entry.getKey()})
                .toList();
    }

    private static List<Object[]> paymentRows(List<Map.Entry<String, Payment>> payments) {
        return payments.stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> new Object[] {entry.getValue().amount(), Date.valueOf(entry.getValue().paidOn()),
                        entry.getValue().counts(), entry.getValue().negotiationId(), entry.getValue().paymentId()})
                .toList();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static LocalDate date(ResultSet row, int column) throws SQLException {
        Date day = row.getDate(column);
        return day == null ? null : day.toLocalDate();
    }

    /** Monthly counters; the sums (seconds, cents) are divided or scaled when a chart is drawn. */
    enum Metric {
        ACCOUNTS, CAMPAIGNS, AD_REQUESTS, AGREEMENTS, AGREEMENT_SECONDS, COMPLETIONS, COMPLETION_SECONDS, EARNINGS_CENTS
    }

    /** STATUS counts every request (a deal as AGREED), LIFECYCLE only deals, ROUNDS deals by offers made. */
    enum Distribution {
        STATUS, PAYMENT, LIFECYCLE, ROUNDS
    }
}
