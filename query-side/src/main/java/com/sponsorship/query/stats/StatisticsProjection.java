package com.sponsorship.query.stats;

import com.sponsorship.api.account.AdminRegisteredEvent;
import com.sponsorship.api.account.AuditorRegisteredEvent;
import com.sponsorship.api.account.InfluencerRegisteredEvent;
import com.sponsorship.api.account.SponsorRegisteredEvent;
import com.sponsorship.api.campaign.CampaignCreatedEvent;
import com.sponsorship.api.negotiation.AdRequestEditedEvent;
import com.sponsorship.api.negotiation.AdRequestOpenedEvent;
import com.sponsorship.api.negotiation.AdRequestWithdrawnEvent;
import com.sponsorship.api.negotiation.CounterOfferMadeEvent;
import com.sponsorship.api.negotiation.InfluencerAppliedEvent;
import com.sponsorship.api.negotiation.NegotiationAgreedEvent;
import com.sponsorship.api.negotiation.NegotiationCancelledEvent;
import com.sponsorship.api.negotiation.NegotiationRejectedEvent;
import com.sponsorship.api.negotiation.NegotiationStatus;
import com.sponsorship.query.stats.StatisticsStore.Distribution;
import com.sponsorship.query.stats.StatisticsStore.Metric;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the chart figures up to date: counters per month, and each ad request's current status
 * and payment bucket counted for the platform, its sponsor and its influencer. A change moves a
 * request from one bucket to another, so the distributions always describe the present.
 */
@Component
@ProcessingGroup(StatisticsProjection.PROCESSING_GROUP)
public class StatisticsProjection {

    public static final String PROCESSING_GROUP = "statistics";

    private final StatisticsStore store;
    private final JdbcTemplate jdbc;

    StatisticsProjection(StatisticsStore store, JdbcTemplate jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SponsorRegisteredEvent event, @Timestamp Instant at) {
        store.countMonthly(Metric.ACCOUNTS, StatisticsStore.EVERYTHING, at);
    }

    @EventHandler
    void on(InfluencerRegisteredEvent event, @Timestamp Instant at) {
        store.countMonthly(Metric.ACCOUNTS, StatisticsStore.EVERYTHING, at);
    }

    @EventHandler
    void on(AdminRegisteredEvent event, @Timestamp Instant at) {
        store.countMonthly(Metric.ACCOUNTS, StatisticsStore.EVERYTHING, at);
    }

    @EventHandler
    void on(AuditorRegisteredEvent event, @Timestamp Instant at) {
        store.countMonthly(Metric.ACCOUNTS, StatisticsStore.EVERYTHING, at);
    }

    @EventHandler
    void on(CampaignCreatedEvent event, @Timestamp Instant at) {
        store.countMonthly(Metric.CAMPAIGNS, StatisticsStore.EVERYTHING, at);
        store.countMonthly(Metric.CAMPAIGNS, event.sponsorId(), at);
    }

    @EventHandler
    void on(AdRequestOpenedEvent event, @Timestamp Instant at) {
        NegotiationStatus status = NegotiationStatus.opened(event.influencerId());
        PaymentBucket bucket = PaymentBucket.of(event.paymentAmount());
        jdbc.update("insert into stats_negotiation (id, sponsor_id, influencer_id, status, payment_bucket)"
                        + " values (?, ?, ?, ?, ?)", event.negotiationId(), event.sponsorId(), event.influencerId(),
                status.name(), bucket.name());
        List<String> scopes = scopes(event.sponsorId(), event.influencerId());
        scopes.forEach(scope -> {
            store.countMonthly(Metric.AD_REQUESTS, scope, at);
            count(scope, status.name(), bucket.name(), 1);
        });
    }

    /** An open request starts counting for its influencer when one applies. */
    @EventHandler
    void on(InfluencerAppliedEvent event, @Timestamp Instant at) {
        store.countMonthly(Metric.AD_REQUESTS, event.influencerId(), at);
        jdbc.update("update stats_negotiation set influencer_id = ? where id = ?", event.influencerId(),
                event.negotiationId());
        State before = state(event.negotiationId());
        count(event.influencerId(), before.status(), before.bucket(), 1);
        move(event.negotiationId(), NegotiationStatus.AWAITING_SPONSOR, event.paymentAmount());
    }

    @EventHandler
    void on(AdRequestEditedEvent event) {
        move(event.negotiationId(), null, event.paymentAmount());
    }

    @EventHandler
    void on(CounterOfferMadeEvent event) {
        move(event.negotiationId(), NegotiationStatus.offeredBy(event.actor().role()), event.paymentAmount());
    }

    @EventHandler
    void on(NegotiationAgreedEvent event) {
        move(event.negotiationId(), NegotiationStatus.AGREED, event.paymentAmount());
    }

    @EventHandler
    void on(NegotiationRejectedEvent event) {
        move(event.negotiationId(), NegotiationStatus.REJECTED, null);
    }

    @EventHandler
    void on(AdRequestWithdrawnEvent event) {
        move(event.negotiationId(), NegotiationStatus.WITHDRAWN, null);
    }

    @EventHandler
    void on(NegotiationCancelledEvent event) {
        move(event.negotiationId(), NegotiationStatus.CANCELLED, null);
    }

    @ResetHandler
    void reset() {
        store.clear();
    }

    record State(String sponsorId, String influencerId, String status, String bucket) {
    }

    private State state(String negotiationId) {
        return jdbc.queryForObject("select sponsor_id, influencer_id, status, payment_bucket from stats_negotiation"
                        + " where id = ?", (row, n) -> new State(row.getString(1), row.getString(2), row.getString(3),
                row.getString(4)), negotiationId);
    }

    /** Moves a request to a new status and/or amount (null keeps the current one) in every scope it counts for. */
    private void move(String negotiationId, NegotiationStatus newStatus, BigDecimal newAmount) {
        State before = state(negotiationId);
        String status = newStatus == null ? before.status() : newStatus.name();
        String bucket = newAmount == null ? before.bucket() : PaymentBucket.of(newAmount).name();
        if (status.equals(before.status()) && bucket.equals(before.bucket())) {
            return;
        }
        jdbc.update("update stats_negotiation set status = ?, payment_bucket = ? where id = ?", status, bucket,
                negotiationId);
        scopes(before.sponsorId(), before.influencerId()).forEach(scope -> {
            count(scope, before.status(), before.bucket(), -1);
            count(scope, status, bucket, 1);
        });
    }

    private void count(String scope, String status, String bucket, int delta) {
        store.addToDistribution(Distribution.STATUS, scope, status, delta);
        store.addToDistribution(Distribution.PAYMENT, scope, bucket, delta);
    }

    private static List<String> scopes(String sponsorId, String influencerId) {
        List<String> scopes = new ArrayList<>(List.of(StatisticsStore.EVERYTHING, sponsorId));
        if (influencerId != null) {
            scopes.add(influencerId);
        }
        return scopes;
    }
}
