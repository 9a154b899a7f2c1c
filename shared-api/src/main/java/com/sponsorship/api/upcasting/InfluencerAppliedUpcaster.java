package com.sponsorship.api.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sponsorship.api.negotiation.InfluencerAppliedEvent;

/** An application from before terms existed: standard terms described by its message. */
public class InfluencerAppliedUpcaster extends RevisionOneUpcaster {

    public InfluencerAppliedUpcaster() {
        super(InfluencerAppliedEvent.class);
    }

    @Override
    protected void upgrade(ObjectNode payload) {
        addOfferTerms(payload, text(payload, "message"));
    }
}
