package com.sponsorship.api.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the negotiation events do to the terms on the table and to the answer deadline. */
class NegotiationStateTermsTest {

    private static final Actor SPONSOR = new Actor("s1", Role.SPONSOR);
    private static final Actor INFLUENCER = new Actor("i1", Role.INFLUENCER);
    private static final Terms REQUESTED = Terms.standard("Two posts", LocalDate.of(2027, 1, 10));
    private static final Terms COUNTERED = new Terms(
            List.of(new Deliverable(DeliverableKind.YOUTUBE_SHORT, 1, null)), LocalDate.of(2027, 1, 20), 3, 0);
    private static final Instant FIRST_DEADLINE = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant SECOND_DEADLINE = Instant.parse("2026-12-05T10:00:00Z");

    private static NegotiationState opened(String influencerId) {
        return NegotiationState.initial().apply(new AdRequestOpenedEvent("n1", "c1", "s1", influencerId, "m", "r",
                new BigDecimal("100"), SPONSOR, REQUESTED, FIRST_DEADLINE));
    }

    @Test
    void anOfferPutsItsTermsAndDeadlineOnTheTable() {
        NegotiationState state = opened("i1");
        assertThat(state.terms()).isEqualTo(REQUESTED);
        assertThat(state.answerBy()).isEqualTo(FIRST_DEADLINE);
        assertThat(state.stillAwaitsAnswerBy(FIRST_DEADLINE)).isTrue();

        NegotiationState countered = state.apply(new CounterOfferMadeEvent("n1", new BigDecimal("120"), "more",
                INFLUENCER, COUNTERED, SECOND_DEADLINE));
        assertThat(countered.terms()).isEqualTo(COUNTERED);
        assertThat(countered.stillAwaitsAnswerBy(FIRST_DEADLINE)).as("superseded").isFalse();
        assertThat(countered.stillAwaitsAnswerBy(SECOND_DEADLINE)).isTrue();
    }

    @Test
    void anOfferWithoutTermsKeepsThoseOnTheTableAndApplyingKeepsTheRequests() {
        NegotiationState applied = opened(null).apply(new InfluencerAppliedEvent("n1", "i1", new BigDecimal("90"), "me",
                INFLUENCER, REQUESTED, SECOND_DEADLINE));
        assertThat(applied.terms()).isEqualTo(REQUESTED);
        NegotiationState countered = applied.apply(new CounterOfferMadeEvent("n1", new BigDecimal("95"), null, SPONSOR));
        assertThat(countered.terms()).isEqualTo(REQUESTED);
    }

    @Test
    void expiryConcludesAndEndsTheDeadline() {
        NegotiationState expired = opened("i1").apply(new NegotiationExpiredEvent("n1", FIRST_DEADLINE, Actor.SYSTEM));
        assertThat(expired.status()).isEqualTo(NegotiationStatus.EXPIRED);
        assertThat(expired.concluded()).isTrue();
        assertThat(expired.answerBy()).isNull();
        assertThat(expired.stillAwaitsAnswerBy(FIRST_DEADLINE)).isFalse();
        assertThat(NegotiationState.concludes(new NegotiationExpiredEvent("n1", FIRST_DEADLINE, Actor.SYSTEM))).isTrue();
        assertThat(NegotiationStatus.EXPIRED.label()).isEqualTo("Expired");
    }

    @Test
    void agreementKeepsTheAgreedTermsAndEndsTheDeadline() {
        NegotiationState agreed = opened("i1").apply(new NegotiationAgreedEvent("n1", "c1", "s1", "i1",
                new BigDecimal("100"), INFLUENCER, REQUESTED, REQUESTED.digest()));
        assertThat(agreed.terms()).isEqualTo(REQUESTED);
        assertThat(agreed.answerBy()).isNull();
        NegotiationState oldAgreement = opened("i1").apply(new NegotiationAgreedEvent("n1", "c1", "s1", "i1",
                new BigDecimal("100"), INFLUENCER));
        assertThat(oldAgreement.terms()).as("unrecorded: what was on the table").isEqualTo(REQUESTED);
    }

    @Test
    void rejectionEndsTheDeadlineButAnEditKeepsIt() {
        assertThat(opened("i1").apply(new NegotiationRejectedEvent("n1", "no", INFLUENCER)).answerBy()).isNull();
        assertThat(opened("i1").apply(new AdRequestEditedEvent("n1", "m2", "r2", new BigDecimal("110"), SPONSOR))
                .answerBy()).isEqualTo(FIRST_DEADLINE);
    }
}
