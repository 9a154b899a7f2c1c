package com.sponsorship.query.history;

import static com.sponsorship.query.Events.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.AdRequestEditedEvent;
import com.sponsorship.api.negotiation.AdRequestOpenedEvent;
import com.sponsorship.api.negotiation.AdRequestWithdrawnEvent;
import com.sponsorship.api.negotiation.ChangesRequestedEvent;
import com.sponsorship.api.negotiation.CounterOfferMadeEvent;
import com.sponsorship.api.negotiation.DeliverableLiveEvent;
import com.sponsorship.api.negotiation.DraftApprovedEvent;
import com.sponsorship.api.negotiation.DraftSubmittedEvent;
import com.sponsorship.api.negotiation.NegotiationCompletedEvent;
import com.sponsorship.api.negotiation.Deliverable;
import com.sponsorship.api.negotiation.DeliverableKind;
import com.sponsorship.api.negotiation.InfluencerAppliedEvent;
import com.sponsorship.api.negotiation.NegotiationAgreedEvent;
import com.sponsorship.api.negotiation.NegotiationCancelledEvent;
import com.sponsorship.api.negotiation.NegotiationExpiredEvent;
import com.sponsorship.api.negotiation.NegotiationHistory;
import com.sponsorship.api.negotiation.NegotiationRejectedEvent;
import com.sponsorship.api.negotiation.NegotiationState;
import com.sponsorship.api.negotiation.NegotiationStatus;
import com.sponsorship.api.negotiation.NegotiationStep;
import com.sponsorship.api.negotiation.Terms;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;

class NegotiationHistoryQueriesTest {

    private static final Actor SPONSOR = new Actor("s1", Role.SPONSOR);
    private static final Actor INFLUENCER = new Actor("i1", Role.INFLUENCER);

    @Test
    void eachEventIsAStepWithWhoWhatAndTheAmountAndStatusItLeft() {
        List<DomainEventMessage<?>> events = List.of(
                event("Negotiation", "n1", 0, "2026-03-01T09:00:00Z",
                        new AdRequestOpenedEvent("n1", "c1", "s1", null, "hello", "one post", new BigDecimal("100"), SPONSOR)),
                event("Negotiation", "n1", 1, "2026-03-01T10:00:00Z",
                        new AdRequestEditedEvent("n1", "hello again", "two posts", new BigDecimal("150"), SPONSOR)),
                event("Negotiation", "n1", 2, "2026-03-02T09:00:00Z",
                        new InfluencerAppliedEvent("n1", "i1", new BigDecimal("200"), "I'm in", INFLUENCER)),
                event("Negotiation", "n1", 3, "2026-03-02T10:00:00Z",
                        new CounterOfferMadeEvent("n1", new BigDecimal("180"), "meet halfway?", SPONSOR)),
                event("Negotiation", "n1", 4, "2026-03-03T09:00:00Z",
                        new NegotiationAgreedEvent("n1", "c1", "s1", "i1", new BigDecimal("180"), INFLUENCER)));

        NegotiationHistory history = NegotiationHistoryQueries.history("n1", events.iterator());

        assertThat(history.negotiationId()).isEqualTo("n1");
        assertThat(history.steps()).extracting(NegotiationStep::sequence, NegotiationStep::actorId, NegotiationStep::actorRole,
                NegotiationStep::action, NegotiationStep::amount, NegotiationStep::message, NegotiationStep::statusAfter)
                .containsExactly(
                        tuple(0L, "s1", Role.SPONSOR, "opened the ad request", new BigDecimal("100"), "hello",
                                NegotiationStatus.OPEN),
                        tuple(1L, "s1", Role.SPONSOR, "edited the ad request", new BigDecimal("150"), "hello again",
                                NegotiationStatus.OPEN),
                        tuple(2L, "i1", Role.INFLUENCER, "applied", new BigDecimal("200"), "I'm in",
                                NegotiationStatus.AWAITING_SPONSOR),
                        tuple(3L, "s1", Role.SPONSOR, "made a counter-offer", new BigDecimal("180"), "meet halfway?",
                                NegotiationStatus.AWAITING_INFLUENCER),
                        tuple(4L, "i1", Role.INFLUENCER, "accepted", new BigDecimal("180"), null,
                                NegotiationStatus.AGREED));
        assertThat(history.steps().get(2).at()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(history.asOf(Instant.parse("2026-03-02T09:30:00Z"))).map(NegotiationStep::sequence).contains(2L);
    }

    @Test
    void deliverableStepsNameTheDeliverableTheLinkAndTheNote() {
        Terms terms = new Terms(List.of(new Deliverable(DeliverableKind.BLOG_POST, 1, "A review")),
                LocalDate.of(2026, 4, 30), 0, 0);
        Instant reviewBy = Instant.parse("2026-03-09T09:00:00Z");
        List<DomainEventMessage<?>> events = List.of(
                event("Negotiation", "n1", 0, "2026-03-01T09:00:00Z", new AdRequestOpenedEvent("n1", "c1", "s1", "i1",
                        "hello", "one post", new BigDecimal("100"), SPONSOR, terms, reviewBy)),
                event("Negotiation", "n1", 1, "2026-03-02T09:00:00Z", new NegotiationAgreedEvent("n1", "c1", "s1", "i1",
                        new BigDecimal("100"), INFLUENCER, terms, terms.digest())),
                event("Negotiation", "n1", 2, "2026-03-03T09:00:00Z",
                        new DraftSubmittedEvent("n1", 1, "https://x.test/d", "First cut", reviewBy, INFLUENCER)),
                event("Negotiation", "n1", 3, "2026-03-04T09:00:00Z", new ChangesRequestedEvent("n1", 1, "Brighter", SPONSOR)),
                event("Negotiation", "n1", 4, "2026-03-05T09:00:00Z",
                        new DraftSubmittedEvent("n1", 1, "https://x.test/d2", null, reviewBy, INFLUENCER)),
                event("Negotiation", "n1", 5, "2026-03-10T09:00:00Z", new DraftApprovedEvent("n1", 1, true, Actor.SYSTEM)),
                event("Negotiation", "n1", 6, "2026-03-11T09:00:00Z",
                        new DeliverableLiveEvent("n1", 1, "https://x.test/live", INFLUENCER)),
                event("Negotiation", "n1", 7, "2026-03-11T09:00:00Z", new NegotiationCompletedEvent("n1", Actor.SYSTEM)));

        NegotiationHistory history = NegotiationHistoryQueries.history("n1", events.iterator());

        String which = "deliverable 1 (1 × Blog post: A review)";
        assertThat(history.steps().subList(2, 8)).extracting(NegotiationStep::action, NegotiationStep::message,
                        NegotiationStep::statusAfter)
                .containsExactly(
                        tuple("submitted a draft of " + which + ": https://x.test/d", "First cut", NegotiationStatus.AGREED),
                        tuple("requested changes to " + which, "Brighter", NegotiationStatus.AGREED),
                        tuple("submitted a draft of " + which + ": https://x.test/d2", null, NegotiationStatus.AGREED),
                        tuple("approved the draft of " + which + " automatically: it was not reviewed in 5 days", null,
                                NegotiationStatus.AGREED),
                        tuple("published " + which + ": https://x.test/live", null, NegotiationStatus.AGREED),
                        tuple("completed: every deliverable is live", null, NegotiationStatus.COMPLETED));
    }

    @Test
    void offersShowTheirTermsAndWhatChangedAndTheAgreementItsDigest() {
        Terms requested = Terms.standard("one post", LocalDate.of(2026, 4, 30));
        Terms countered = new Terms(List.of(new Deliverable(DeliverableKind.BLOG_POST, 1, "A review")),
                LocalDate.of(2026, 4, 30), 6, 0);
        Instant answerBy = Instant.parse("2026-03-09T09:00:00Z");
        List<DomainEventMessage<?>> events = List.of(
                event("Negotiation", "n1", 0, "2026-03-01T09:00:00Z", new AdRequestOpenedEvent("n1", "c1", "s1", "i1",
                        "hello", "one post", new BigDecimal("100"), SPONSOR, requested, answerBy)),
                event("Negotiation", "n1", 1, "2026-03-02T09:00:00Z", new CounterOfferMadeEvent("n1",
                        new BigDecimal("100"), "a review instead", INFLUENCER, countered, answerBy)),
                event("Negotiation", "n1", 2, "2026-03-03T09:00:00Z", new NegotiationAgreedEvent("n1", "c1", "s1", "i1",
                        new BigDecimal("100"), SPONSOR, countered, countered.digest())));

        List<NegotiationStep> steps = NegotiationHistoryQueries.history("n1", events.iterator()).steps();

        assertThat(steps).extracting(NegotiationStep::terms).containsExactly(requested, countered, countered);
        assertThat(steps.get(0).termsChanges()).isEmpty();
        assertThat(steps.get(1).termsChanges()).containsExactly(
                "Deliverables: 1 × Other: one post → 1 × Blog post: A review", "Usage rights: none → 6 months");
        assertThat(steps.get(2).termsDigest()).isEqualTo(countered.digest()).hasSize(64);
        assertThat(lastStep(new NegotiationExpiredEvent("n1", answerBy, Actor.SYSTEM)))
                .extracting(NegotiationStep::actorRole, NegotiationStep::action, NegotiationStep::statusAfter)
                .containsExactly(Role.SYSTEM, "expired: the offer was not answered in time", NegotiationStatus.EXPIRED);
    }

    @Test
    void endingsKeepTheAmountOnTheTableAndSayWhy() {
        assertThat(lastStep(new NegotiationRejectedEvent("n1", "not this time", INFLUENCER)))
                .extracting(NegotiationStep::action, NegotiationStep::amount, NegotiationStep::message, NegotiationStep::statusAfter)
                .containsExactly("rejected", new BigDecimal("300"), "not this time", NegotiationStatus.REJECTED);
        assertThat(lastStep(new AdRequestWithdrawnEvent("n1", SPONSOR)))
                .extracting(NegotiationStep::action, NegotiationStep::message, NegotiationStep::statusAfter)
                .containsExactly("withdrew the ad request", null, NegotiationStatus.WITHDRAWN);
        assertThat(lastStep(new NegotiationCancelledEvent("n1", "campaign closed", Actor.SYSTEM)))
                .extracting(NegotiationStep::actorRole, NegotiationStep::action, NegotiationStep::message,
                        NegotiationStep::statusAfter)
                .containsExactly(Role.SYSTEM, "cancelled", "campaign closed", NegotiationStatus.CANCELLED);
    }

    @Test
    void theStateIsTheLastStepsAndEventsOfOtherKindsAreNoSteps() {
        List<DomainEventMessage<?>> events = List.of(
                event("Negotiation", "n1", 0, "2026-03-01T09:00:00Z",
                        new AdRequestOpenedEvent("n1", "c1", "s1", "i1", "hello", "one post", new BigDecimal("300"), SPONSOR)),
                event("Negotiation", "n1", 1, "2026-03-01T09:30:00Z", "not a negotiation event"),
                event("Negotiation", "n1", 2, "2026-03-01T10:00:00Z",
                        new CounterOfferMadeEvent("n1", new BigDecimal("350"), null, INFLUENCER)));

        NegotiationState state = NegotiationHistoryQueries.replay(events.iterator(), (message, event, after) -> {
        });

        assertThat(state).isEqualTo(new NegotiationState("c1", "s1", "i1", new BigDecimal("350"),
                NegotiationStatus.AWAITING_SPONSOR, true));
        assertThat(NegotiationHistoryQueries.history("n1", events.iterator()).steps()).hasSize(2);
        assertThat(NegotiationHistoryQueries.history("n1", List.<DomainEventMessage<?>>of().iterator()).steps()).isEmpty();
    }

    /** The step {@code ending} adds to a request opened to influencer i1 for 300. */
    private static NegotiationStep lastStep(Object ending) {
        List<DomainEventMessage<?>> events = List.of(
                event("Negotiation", "n1", 0, "2026-03-01T09:00:00Z",
                        new AdRequestOpenedEvent("n1", "c1", "s1", "i1", "hello", "one post", new BigDecimal("300"), SPONSOR)),
                event("Negotiation", "n1", 1, "2026-03-01T10:00:00Z", ending));
        List<NegotiationStep> steps = NegotiationHistoryQueries.history("n1", events.iterator()).steps();
        return steps.get(steps.size() - 1);
    }
}
