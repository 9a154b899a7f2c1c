package com.sponsorship.query.negotiation;

import com.sponsorship.api.negotiation.AdRequestEditedEvent;
import com.sponsorship.api.negotiation.AdRequestOpenedEvent;
import com.sponsorship.api.negotiation.CounterOfferMadeEvent;
import com.sponsorship.api.negotiation.InfluencerAppliedEvent;
import com.sponsorship.api.negotiation.NegotiationEvent;
import com.sponsorship.api.negotiation.NegotiationState;
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
        rows.insert(new NegotiationEntry(event.negotiationId(), NegotiationState.initial().apply(event), event.message(),
                event.requirements(), at));
    }

    @EventHandler
    void on(AdRequestEditedEvent event, @Timestamp Instant at) {
        rows.update(event.negotiationId(), n -> {
            n.edit(event.paymentAmount(), event.message(), event.requirements());
            n.advance(event, at);
        });
    }

    @EventHandler
    void on(InfluencerAppliedEvent event, @Timestamp Instant at) {
        rows.update(event.negotiationId(), n -> {
            n.assignInfluencer(event.influencerId());
            n.offer(event.paymentAmount(), event.message());
            n.advance(event, at);
        });
    }

    @EventHandler
    void on(CounterOfferMadeEvent event, @Timestamp Instant at) {
        rows.update(event.negotiationId(), n -> {
            n.offer(event.paymentAmount(), event.message());
            n.advance(event, at);
        });
    }

    /** The rest (agreed, rejected, withdrawn, cancelled) change only the status: Axon calls the most specific handler. */
    @EventHandler
    void on(NegotiationEvent event, @Timestamp Instant at) {
        rows.update(event.negotiationId(), n -> n.advance(event, at));
    }
}
