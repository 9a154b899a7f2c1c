package com.sponsorship.query.negotiation;

import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.AdRequestEditedEvent;
import com.sponsorship.api.negotiation.AdRequestOpenedEvent;
import com.sponsorship.api.negotiation.AdRequestWithdrawnEvent;
import com.sponsorship.api.negotiation.CounterOfferMadeEvent;
import com.sponsorship.api.negotiation.InfluencerAppliedEvent;
import com.sponsorship.api.negotiation.NegotiationAgreedEvent;
import com.sponsorship.api.negotiation.NegotiationCancelledEvent;
import com.sponsorship.api.negotiation.NegotiationRejectedEvent;
import com.sponsorship.api.negotiation.NegotiationStatus;
import com.sponsorship.query.ProjectionRows;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/** The ad requests read model: each negotiation's current terms and status. */
@Component
@ProcessingGroup(NegotiationProjection.PROCESSING_GROUP)
public class NegotiationProjection {

    public static final String PROCESSING_GROUP = "negotiations";

    private final ProjectionRows<NegotiationEntry> rows;

    public NegotiationProjection(NegotiationEntryRepository negotiations, EntityManager entityManager) {
        this.rows = new ProjectionRows<>(negotiations, entityManager, "Negotiation");
    }

    @EventHandler
    void on(AdRequestOpenedEvent event, @Timestamp Instant at) {
        rows.insert(new NegotiationEntry(event.negotiationId(), event.campaignId(), event.sponsorId(),
                event.influencerId(), event.paymentAmount(), event.message(), event.requirements(), at));
    }

    @EventHandler
    void on(AdRequestEditedEvent event, @Timestamp Instant at) {
        rows.update(event.negotiationId(), n -> n.edit(event.paymentAmount(), event.message(), event.requirements(), at));
    }

    @EventHandler
    void on(InfluencerAppliedEvent event, @Timestamp Instant at) {
        rows.update(event.negotiationId(), n -> {
            n.assignInfluencer(event.influencerId());
            n.offer(event.paymentAmount(), event.message(), NegotiationStatus.AWAITING_SPONSOR, at);
        });
    }

    @EventHandler
    void on(CounterOfferMadeEvent event, @Timestamp Instant at) {
        NegotiationStatus next = event.actor().is(Role.INFLUENCER)
                ? NegotiationStatus.AWAITING_SPONSOR : NegotiationStatus.AWAITING_INFLUENCER;
        rows.update(event.negotiationId(), n -> n.offer(event.paymentAmount(), event.message(), next, at));
    }

    @EventHandler
    void on(NegotiationAgreedEvent event, @Timestamp Instant at) {
        rows.update(event.negotiationId(), n -> n.conclude(NegotiationStatus.AGREED, at));
    }

    @EventHandler
    void on(NegotiationRejectedEvent event, @Timestamp Instant at) {
        rows.update(event.negotiationId(), n -> n.conclude(NegotiationStatus.REJECTED, at));
    }

    @EventHandler
    void on(AdRequestWithdrawnEvent event, @Timestamp Instant at) {
        rows.update(event.negotiationId(), n -> n.conclude(NegotiationStatus.WITHDRAWN, at));
    }

    @EventHandler
    void on(NegotiationCancelledEvent event, @Timestamp Instant at) {
        rows.update(event.negotiationId(), n -> n.conclude(NegotiationStatus.CANCELLED, at));
    }
}
