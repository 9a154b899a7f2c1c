package com.sponsorship.web.negotiation;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.sponsorship.api.negotiation.CancellationProposal;
import com.sponsorship.api.negotiation.DeliverableKind;
import com.sponsorship.api.negotiation.DeliverableProgress;
import com.sponsorship.api.negotiation.DeliverableStatus;
import com.sponsorship.api.negotiation.NegotiationState;
import com.sponsorship.api.negotiation.NegotiationView;
import com.sponsorship.api.negotiation.Payment;
import java.math.BigDecimal;
import java.util.List;

/**
 * One ad request as the API shows it: the request's fields, plus its payments (oldest first),
 * {@code paid} (the payments not disputed), {@code outstanding} (agreed minus paid; null until
 * agreed), once agreed, its deliverables numbered 1..n with their review progress (and why a draft
 * is disputed), and the {@code cancellation} one side proposed while it waits for the other's answer.
 */
record AdRequestDetails(@JsonUnwrapped NegotiationView request, List<Payment> payments, BigDecimal paid,
                        BigDecimal outstanding, List<Item> deliverables, CancellationProposal cancellation) {

    static AdRequestDetails of(NegotiationView request, NegotiationState state) {
        return new AdRequestDetails(request, state.payments(), state.paid(), state.outstanding(),
                state.deliverables().stream().map(Item::of).toList(), state.cancellation());
    }

    /** One deliverable as the API shows it (the notes are in the history). */
    record Item(int number, DeliverableKind kind, Integer count, String description, DeliverableStatus status,
                String draftUrl, String liveUrl, int changeRounds, String disputeReason) {

        static Item of(DeliverableProgress item) {
            return new Item(item.number(), item.kind(), item.count(), item.description(), item.status(),
                    item.draftUrl(), item.liveUrl(), item.changeRounds(), item.disputeReason());
        }
    }
}
