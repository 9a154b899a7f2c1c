package com.sponsorship.api.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sponsorship.api.negotiation.CounterOfferMadeEvent;

/** A counter-offer from before terms existed: standard terms described by its message. */
public class CounterOfferMadeUpcaster extends RevisionOneUpcaster {

    public CounterOfferMadeUpcaster() {
        super(CounterOfferMadeEvent.class);
    }

    @Override
    protected void upgrade(ObjectNode payload) {
        addOfferTerms(payload, text(payload, "message"));
    }
}
