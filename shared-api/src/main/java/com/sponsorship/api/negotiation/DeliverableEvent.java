package com.sponsorship.api.negotiation;

/**
 * Something that happened to one deliverable of an agreed deal (numbered 1..n in the order of the
 * agreed terms); it leaves the negotiation's status as it was.
 */
public sealed interface DeliverableEvent extends NegotiationEvent
        permits DraftSubmittedEvent, DraftApprovedEvent, ChangesRequestedEvent, DeliverableLiveEvent,
        DeliverableDisputedEvent {

    int number();
}
