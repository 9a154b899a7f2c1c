package com.sponsorship.api.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a cancellation's proposal, refusal and acceptance, and a draft's dispute, do to a negotiation's state. */
class NegotiationStateCancellationTest {

    private static final String ID = "negotiation-1";
    private static final Actor SPONSOR = new Actor("sponsor-1", Role.SPONSOR);
    private static final Actor INFLUENCER = new Actor("influencer-1", Role.INFLUENCER);
    private static final Instant REVIEW_BY = Instant.parse("2026-06-06T10:00:00Z");
    private static final Terms TERMS = new Terms(List.of(new Deliverable(DeliverableKind.INSTAGRAM_REEL, 1, "Unboxing")),
            LocalDate.of(2026, 6, 30), 0, 0);
    private static final NegotiationState AGREED = NegotiationState.initial()
            .apply(new AdRequestOpenedEvent(ID, "campaign-1", SPONSOR.accountId(), INFLUENCER.accountId(), "Posts",
                    "Two", new BigDecimal("500.00"), SPONSOR, TERMS, REVIEW_BY))
            .apply(new NegotiationAgreedEvent(ID, "campaign-1", SPONSOR.accountId(), INFLUENCER.accountId(),
                    new BigDecimal("500.00"), INFLUENCER, TERMS, TERMS.digest()));
    private static final CancellationProposedEvent PROPOSED = new CancellationProposedEvent(ID, "Launch is off", SPONSOR);

    @Test
    void aProposalWaitsWithItsSideAndReasonAndLeavesTheDealAgreed() {
        NegotiationState proposed = AGREED.apply(PROPOSED);

        assertThat(AGREED.cancellation()).isNull();
        assertThat(proposed.cancellation()).isEqualTo(new CancellationProposal(Role.SPONSOR, "Launch is off"));
        assertThat(proposed.status()).isEqualTo(NegotiationStatus.AGREED);
        assertThat(proposed.outstanding()).isEqualByComparingTo("500.00");
    }

    @Test
    void aRefusalEndsTheProposalAndTheDealGoesOn() {
        NegotiationState refused = AGREED.apply(PROPOSED).apply(new CancellationRefusedEvent(ID, INFLUENCER));

        assertThat(refused.cancellation()).isNull();
        assertThat(refused.status()).isEqualTo(NegotiationStatus.AGREED);
    }

    @Test
    void theCancelledDealIsConcludedAndNoProposalWaits() {
        DealCancelledEvent cancelled = new DealCancelledEvent(ID, "campaign-1", new BigDecimal("500.00"), "Launch is off",
                INFLUENCER);
        NegotiationState after = AGREED.apply(PROPOSED).apply(cancelled);

        assertThat(after.status()).isEqualTo(NegotiationStatus.CANCELLED);
        assertThat(after.cancellation()).isNull();
        assertThat(after.concluded()).isTrue();
        assertThat(NegotiationState.statusAfter(NegotiationStatus.AGREED, cancelled)).isEqualTo(NegotiationStatus.CANCELLED);
        assertThat(NegotiationState.statusAfter(NegotiationStatus.AGREED, PROPOSED)).isEqualTo(NegotiationStatus.AGREED);
        assertThat(NegotiationState.concludes(PROPOSED)).isFalse();
    }

    @Test
    void aDisputedDraftStaysUnderReviewWithoutItsAutomaticApprovalUntilApproved() {
        NegotiationState submitted = AGREED.apply(new DraftSubmittedEvent(ID, 1, "https://x.test/1", null, REVIEW_BY,
                INFLUENCER));
        NegotiationState disputed = submitted.apply(new DeliverableDisputedEvent(ID, 1, "Off-brand", SPONSOR));
        DeliverableProgress item = disputed.deliverable(1).orElseThrow();

        assertThat(submitted.disputed()).isFalse();
        assertThat(submitted.stillAwaitsReviewBy(1, REVIEW_BY)).isTrue();
        assertThat(item.status()).isEqualTo(DeliverableStatus.SUBMITTED);
        assertThat(item.disputeReason()).isEqualTo("Off-brand");
        assertThat(disputed.disputed()).isTrue();
        assertThat(disputed.stillAwaitsReviewBy(1, REVIEW_BY)).isFalse();

        NegotiationState approved = disputed.apply(new DraftApprovedEvent(ID, 1, false, SPONSOR));
        assertThat(approved.deliverable(1).orElseThrow().disputed()).isFalse();
        assertThat(approved.disputed()).isFalse();
    }

    @Test
    void aDeadlineOfADealCancelledSinceChangesNothing() {
        NegotiationState cancelled = AGREED
                .apply(new DraftSubmittedEvent(ID, 1, "https://x.test/1", null, REVIEW_BY, INFLUENCER))
                .apply(new DealCancelledEvent(ID, "campaign-1", new BigDecimal("500.00"), "Ended", SPONSOR));

        assertThat(cancelled.stillAwaitsReviewBy(1, REVIEW_BY)).isFalse();
    }
}
