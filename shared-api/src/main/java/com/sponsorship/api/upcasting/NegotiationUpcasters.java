package com.sponsorship.api.upcasting;

import java.util.List;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

/** Every upcaster of the platform's events, for the application to register with Axon. */
public final class NegotiationUpcasters {

    private NegotiationUpcasters() {
    }

    public static List<EventUpcaster> all() {
        return List.of(new AdRequestOpenedUpcaster(), new InfluencerAppliedUpcaster(), new CounterOfferMadeUpcaster(),
                new NegotiationAgreedUpcaster());
    }
}
