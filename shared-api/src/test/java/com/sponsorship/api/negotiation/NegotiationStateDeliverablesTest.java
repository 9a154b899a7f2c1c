package com.sponsorship.api.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the deliverable events do to a negotiation's state: each deliverable's status, links and rounds; completion. */
class NegotiationStateDeliverablesTest {

    private static final String ID = "negotiation-1";
    private static final Actor SPONSOR = new Actor("sponsor-1", Role.SPONSOR);
    private static final Actor INFLUENCER = new Actor("influencer-1", Role.INFLUENCER);
    private static final LocalDate DUE = LocalDate.of(2026, 6, 30);
    private static final Instant REVIEW_BY = Instant.parse("2026-06-06T10:00:00Z");
    private static final Terms TERMS = new Terms(List.of(new Deliverable(DeliverableKind.INSTAGRAM_REEL, 2, "Unboxing"),
            new Deliverable(DeliverableKind.BLOG_POST, 1, null)), DUE, 0, 0);

    private static final NegotiationState OFFERED = NegotiationState.initial()
            .apply(new AdRequestOpenedEvent(ID, "campaign-1", SPONSOR.accountId(), INFLUENCER.accountId(), "Posts",
                    "Two", new BigDecimal("500.00"), SPONSOR, TERMS, REVIEW_BY));
    private static final NegotiationState AGREED = OFFERED.apply(new NegotiationAgreedEvent(ID, "campaign-1",
            SPONSOR.accountId(), INFLUENCER.accountId(), new BigDecimal("500.00"), INFLUENCER, TERMS, TERMS.digest()));

    private static DraftSubmittedEvent draft(int number, String url) {
        return new DraftSubmittedEvent(ID, number, url, "note", REVIEW_BY, INFLUENCER);
    }

    @Test
    void theAgreementNumbersTheAgreedDeliverablesInOrderNoneStarted() {
        assertThat(OFFERED.deliverables()).isEmpty();
        assertThat(AGREED.deliverables()).extracting(DeliverableProgress::number, DeliverableProgress::kind,
                        DeliverableProgress::count, DeliverableProgress::status, DeliverableProgress::changeRounds)
                .containsExactly(tuple(1, DeliverableKind.INSTAGRAM_REEL, 2, DeliverableStatus.PENDING, 0),
                        tuple(2, DeliverableKind.BLOG_POST, 1, DeliverableStatus.PENDING, 0));
    }

    @Test
    void eachEventMovesOnlyItsDeliverable() {
        NegotiationState submitted = AGREED.apply(draft(1, "https://x.test/1"));
        assertThat(submitted.deliverable(1).orElseThrow()).extracting(DeliverableProgress::status,
                DeliverableProgress::draftUrl, DeliverableProgress::reviewBy)
                .containsExactly(DeliverableStatus.SUBMITTED, "https://x.test/1", REVIEW_BY);
        assertThat(submitted.deliverable(2).orElseThrow().status()).isEqualTo(DeliverableStatus.PENDING);
        assertThat(submitted.stillAwaitsReviewBy(1, REVIEW_BY)).isTrue();
        assertThat(submitted.stillAwaitsReviewBy(1, REVIEW_BY.minusSeconds(1))).isFalse();

        NegotiationState changes = submitted.apply(new ChangesRequestedEvent(ID, 1, "Brighter", SPONSOR));
        assertThat(changes.deliverable(1).orElseThrow()).extracting(DeliverableProgress::status,
                DeliverableProgress::changeRounds, DeliverableProgress::changesNote, DeliverableProgress::reviewBy)
                .containsExactly(DeliverableStatus.CHANGES_REQUESTED, 1, "Brighter", null);
        assertThat(changes.stillAwaitsReviewBy(1, REVIEW_BY)).isFalse();

        NegotiationState approved = changes.apply(draft(1, "https://x.test/2"))
                .apply(new DraftApprovedEvent(ID, 1, true, Actor.SYSTEM));
        assertThat(approved.deliverable(1).orElseThrow()).extracting(DeliverableProgress::status,
                DeliverableProgress::draftUrl, DeliverableProgress::changeRounds)
                .containsExactly(DeliverableStatus.APPROVED, "https://x.test/2", 1);
        NegotiationState live = approved.apply(new DeliverableLiveEvent(ID, 1, "https://x.test/live", INFLUENCER));
        assertThat(live.deliverable(1).orElseThrow().liveUrl()).isEqualTo("https://x.test/live");
        assertThat(live.status()).isEqualTo(NegotiationStatus.AGREED);
        assertThat(live.allLive()).isFalse();
    }

    @Test
    void completionKeepsTheDealAndItsPayments() {
        NegotiationState allLive = AGREED
                .apply(new PaymentRecordedEvent(ID, "p1", new BigDecimal("200.00"), DUE, PaymentMethod.PAYPAL, "R1", SPONSOR));
        for (int number = 1; number <= 2; number++) {
            allLive = allLive.apply(draft(number, "https://x.test/d"))
                    .apply(new DraftApprovedEvent(ID, number, false, SPONSOR))
                    .apply(new DeliverableLiveEvent(ID, number, "https://x.test/l", INFLUENCER));
        }
        assertThat(allLive.allLive()).isTrue();
        NegotiationState completed = allLive.apply(new NegotiationCompletedEvent(ID, Actor.SYSTEM));
        assertThat(completed.status()).isEqualTo(NegotiationStatus.COMPLETED);
        assertThat(completed.concluded()).isTrue();
        assertThat(completed.agreedAmount()).isEqualByComparingTo("500.00");
        assertThat(completed.outstanding()).isEqualByComparingTo("300.00");
        assertThat(completed.deliverables()).hasSize(2);
        assertThat(NegotiationState.statusAfter(NegotiationStatus.AGREED, draft(1, "https://x.test")))
                .isEqualTo(NegotiationStatus.AGREED);
        assertThat(NegotiationStatus.COMPLETED.label()).isEqualTo("Completed");
        assertThat(completed.overdue(DUE.plusDays(10))).isFalse();
    }

    @Test
    void anAgreedDealPastItsDueDateWithDeliverablesNotLiveIsOverdue() {
        assertThat(AGREED.overdue(DUE)).isFalse();
        assertThat(AGREED.overdue(DUE.plusDays(1))).isTrue();
        assertThat(OFFERED.overdue(DUE.plusDays(1))).as("not agreed").isFalse();
    }
}
