package com.sponsorship.api.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sponsorship.api.negotiation.NegotiationAgreedEvent;

/**
 * An agreement from before terms existed recorded only the amount: its payload cannot tell which
 * terms were accepted, so it gets none (terms and digest null) rather than a guess; readers show
 * "not recorded".
 */
public class NegotiationAgreedUpcaster extends RevisionOneUpcaster {

    public NegotiationAgreedUpcaster() {
        super(NegotiationAgreedEvent.class);
    }

    @Override
    protected void upgrade(ObjectNode payload) {
        payload.putNull("terms");
        payload.putNull("termsDigest");
    }
}
