package com.sponsorship.web.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.AdRequestOpenedEvent;
import com.sponsorship.api.negotiation.CounterOfferMadeEvent;
import com.sponsorship.api.negotiation.InfluencerAppliedEvent;
import com.sponsorship.api.negotiation.NegotiationRejectedEvent;
import com.sponsorship.api.negotiation.NegotiationState;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TurnTest {

    private static final Actor SPONSOR = new Actor("sponsor-1", Role.SPONSOR);
    private static final Actor INFLUENCER = new Actor("influencer-1", Role.INFLUENCER);
    private static final Actor STRANGER = new Actor("influencer-2", Role.INFLUENCER);
    private static final Actor ADMIN = new Actor("admin-1", Role.ADMIN);
    private static final BigDecimal AMOUNT = new BigDecimal("100");

    private static final NegotiationState OFFERED = opened(INFLUENCER.accountId());
    private static final NegotiationState PUBLISHED = opened(null);

    @Test
    void aFreshRequestWaitsForItsInfluencerAndTheSponsorMayStillChangeIt() {
        assertThat(Turn.of(OFFERED, INFLUENCER)).isEqualTo(new Turn(true, false, false));
        assertThat(Turn.of(OFFERED, SPONSOR)).isEqualTo(new Turn(false, false, true));
        assertThat(Turn.of(OFFERED, STRANGER)).isEqualTo(new Turn(false, false, false));
        assertThat(Turn.of(OFFERED, ADMIN)).isEqualTo(new Turn(false, false, false));
    }

    @Test
    void anyInfluencerMayApplyToAnOpenRequest() {
        assertThat(Turn.of(PUBLISHED, STRANGER)).isEqualTo(new Turn(false, true, false));
        assertThat(Turn.of(PUBLISHED, SPONSOR)).isEqualTo(new Turn(false, false, true));
        assertThat(Turn.of(PUBLISHED, ADMIN)).isEqualTo(new Turn(false, false, false));
    }

    @Test
    void onceTheInfluencerHasAnsweredTheSponsorAnswersAndCanNoLongerChangeTheRequest() {
        NegotiationState applied = PUBLISHED.apply(new InfluencerAppliedEvent("n", INFLUENCER.accountId(), AMOUNT, null,
                INFLUENCER));
        NegotiationState countered = OFFERED.apply(new CounterOfferMadeEvent("n", AMOUNT, null, INFLUENCER));

        assertThat(Turn.of(applied, SPONSOR)).isEqualTo(new Turn(true, false, false));
        assertThat(Turn.of(applied, INFLUENCER)).isEqualTo(new Turn(false, false, false));
        assertThat(Turn.of(countered, SPONSOR)).isEqualTo(new Turn(true, false, false));
        assertThat(Turn.of(countered.apply(new CounterOfferMadeEvent("n", AMOUNT, null, SPONSOR)), SPONSOR))
                .isEqualTo(new Turn(false, false, false));
    }

    @Test
    void aSponsorsOwnCounterOfferLeavesTheRequestChangeable() {
        NegotiationState countered = OFFERED.apply(new CounterOfferMadeEvent("n", AMOUNT, null, SPONSOR));

        assertThat(Turn.of(countered, SPONSOR)).isEqualTo(new Turn(false, false, true));
        assertThat(Turn.of(countered, INFLUENCER)).isEqualTo(new Turn(true, false, false));
    }

    @Test
    void aConcludedNegotiationOffersNothing() {
        NegotiationState rejected = OFFERED.apply(new NegotiationRejectedEvent("n", null, INFLUENCER));

        assertThat(Turn.of(rejected, SPONSOR)).isEqualTo(new Turn(false, false, false));
        assertThat(Turn.of(rejected, INFLUENCER)).isEqualTo(new Turn(false, false, false));
    }

    private static NegotiationState opened(String influencerId) {
        return NegotiationState.initial().apply(new AdRequestOpenedEvent("n", "campaign-1", SPONSOR.accountId(),
                influencerId, null, null, AMOUNT, SPONSOR));
    }
}
