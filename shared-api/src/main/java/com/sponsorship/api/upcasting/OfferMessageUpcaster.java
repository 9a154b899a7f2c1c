package com.sponsorship.api.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sponsorship.api.negotiation.CounterOfferMadeEvent;
import com.sponsorship.api.negotiation.InfluencerAppliedEvent;

/**
 * An application or counter-offer from before terms existed: standard terms described by its
 * message (the only text it has), no answer deadline.
 */
public final class OfferMessageUpcaster extends RevisionOneUpcaster {

    private OfferMessageUpcaster(Class<?> eventType) {
        super(eventType);
    }

    public static OfferMessageUpcaster applications() {
        return new OfferMessageUpcaster(InfluencerAppliedEvent.class);
    }

    public static OfferMessageUpcaster counterOffers() {
        return new OfferMessageUpcaster(CounterOfferMadeEvent.class);
    }

    @Override
    protected void upgrade(ObjectNode payload) {
        addOfferTerms(payload, text(payload, "message"));
    }
}
