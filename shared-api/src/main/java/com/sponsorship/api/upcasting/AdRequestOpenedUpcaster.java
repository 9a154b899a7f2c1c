package com.sponsorship.api.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sponsorship.api.negotiation.AdRequestOpenedEvent;

/** A request opened before terms existed asked for what its requirements (else its message) said: standard terms. */
public class AdRequestOpenedUpcaster extends RevisionOneUpcaster {

    public AdRequestOpenedUpcaster() {
        super(AdRequestOpenedEvent.class);
    }

    @Override
    protected void upgrade(ObjectNode payload) {
        String requirements = text(payload, "requirements");
        addOfferTerms(payload, requirements != null ? requirements : text(payload, "message"));
    }
}
