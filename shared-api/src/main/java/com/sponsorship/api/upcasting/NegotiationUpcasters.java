package com.sponsorship.api.upcasting;

import java.util.List;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

/** Every upcaster of the platform's events, the one list the application registers with Axon. */
public final class NegotiationUpcasters {

    private NegotiationUpcasters() {
    }

    public static List<EventUpcaster> all() {
        return List.of(new AdRequestOpenedUpcaster(), OfferMessageUpcaster.applications(),
                OfferMessageUpcaster.counterOffers(), new NegotiationAgreedUpcaster());
    }

    /** All of them as one upcaster (each passes on the events it does not upcast). */
    public static EventUpcaster chain() {
        return new EventUpcasterChain(all());
    }
}
