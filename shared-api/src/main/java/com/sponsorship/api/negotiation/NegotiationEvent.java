package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Actor;

/**
 * Something that happened in one negotiation; {@link NegotiationState#apply} says what each does to
 * it. Only accessors the events already have as components, so their stored form stays as it was.
 */
public sealed interface NegotiationEvent permits AdRequestOpenedEvent, AdRequestEditedEvent, AdRequestWithdrawnEvent,
        InfluencerAppliedEvent, CounterOfferMadeEvent, NegotiationAgreedEvent, NegotiationRejectedEvent,
        NegotiationCancelledEvent, NegotiationExpiredEvent, PaymentEvent, DeliverableEvent, NegotiationCompletedEvent,
        CancellationProposedEvent, CancellationRefusedEvent, DealCancelledEvent {

    String negotiationId();

    Actor actor();
}
