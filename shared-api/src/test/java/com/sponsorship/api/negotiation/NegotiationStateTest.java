package com.sponsorship.api.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Role;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class NegotiationStateTest {

    private static final String ID = "negotiation-1";
    private static final Actor SPONSOR = new Actor("sponsor-1", Role.SPONSOR);
    private static final Actor INFLUENCER = new Actor("influencer-1", Role.INFLUENCER);
    private static final Actor OTHER_INFLUENCER = new Actor("influencer-2", Role.INFLUENCER);
    private static final Actor ADMIN = new Actor("admin-1", Role.ADMIN);

    private static final AdRequestOpenedEvent OFFERED = opened(INFLUENCER.accountId());
    private static final AdRequestOpenedEvent PUBLISHED = opened(null);

    @Test
    void beforeTheFirstEventNothingIsKnown() {
        NegotiationState initial = NegotiationState.initial();

        assertThat(initial).isEqualTo(new NegotiationState(null, null, null, null, null, false));
        assertThat(initial.concluded()).isFalse();
        assertThat(initial.whoseTurn()).isNull();
        assertThat(initial.openToApplications()).isFalse();
    }

    @Test
    void aRequestToAnInfluencerAwaitsIt() {
        NegotiationState state = NegotiationState.initial().apply(OFFERED);

        assertThat(state).isEqualTo(new NegotiationState("campaign-1", SPONSOR.accountId(), INFLUENCER.accountId(),
                amount("100"), NegotiationStatus.AWAITING_INFLUENCER, false));
        assertThat(state.whoseTurn()).isEqualTo(Role.INFLUENCER);
        assertThat(state.awaits(Role.INFLUENCER)).isTrue();
        assertThat(state.awaits(Role.SPONSOR)).isFalse();
        assertThat(state.openToApplications()).isFalse();
        assertThat(state.requestChangeable()).isTrue();
        assertThat(state.concluded()).isFalse();
    }

    @Test
    void aRequestToAnyoneIsOpenToApplicationsAndNobodysTurn() {
        NegotiationState state = NegotiationState.initial().apply(PUBLISHED);

        assertThat(state.status()).isEqualTo(NegotiationStatus.OPEN);
        assertThat(state.influencerId()).isNull();
        assertThat(state.openToApplications()).isTrue();
        assertThat(state.whoseTurn()).isNull();
        assertThat(state.awaits(Role.INFLUENCER)).isFalse();
        assertThat(state.awaits(Role.SPONSOR)).isFalse();
        assertThat(state.awaits(null)).isFalse();
        assertThat(state.requestChangeable()).isTrue();
    }

    @Test
    void editingChangesTheAmountAndKeepsTheStatus() {
        NegotiationState offered = NegotiationState.initial().apply(OFFERED)
                .apply(new AdRequestEditedEvent(ID, "Better", "More", amount("120"), SPONSOR));
        NegotiationState published = NegotiationState.initial().apply(PUBLISHED)
                .apply(new AdRequestEditedEvent(ID, "Better", "More", amount("130"), SPONSOR));

        assertThat(offered.amountOnTable()).isEqualTo(amount("120"));
        assertThat(offered.status()).isEqualTo(NegotiationStatus.AWAITING_INFLUENCER);
        assertThat(offered.answered()).isFalse();
        assertThat(published.amountOnTable()).isEqualTo(amount("130"));
        assertThat(published.status()).isEqualTo(NegotiationStatus.OPEN);
    }

    @Test
    void applyingAssignsTheInfluencerAndMakesItTheSponsorsTurn() {
        NegotiationState state = NegotiationState.initial().apply(PUBLISHED)
                .apply(new InfluencerAppliedEvent(ID, OTHER_INFLUENCER.accountId(), amount("90"), "Me", OTHER_INFLUENCER));

        assertThat(state.influencerId()).isEqualTo(OTHER_INFLUENCER.accountId());
        assertThat(state.amountOnTable()).isEqualTo(amount("90"));
        assertThat(state.status()).isEqualTo(NegotiationStatus.AWAITING_SPONSOR);
        assertThat(state.whoseTurn()).isEqualTo(Role.SPONSOR);
        assertThat(state.answered()).isTrue();
        assertThat(state.requestChangeable()).isFalse();
        assertThat(state.openToApplications()).isFalse();
        assertThat(state.isParty(OTHER_INFLUENCER)).isTrue();
    }

    @Test
    void aCounterOfferMakesItTheOtherSidesTurn() {
        NegotiationState byInfluencer = NegotiationState.initial().apply(OFFERED).apply(counter(INFLUENCER, "150"));
        NegotiationState bySponsor = byInfluencer.apply(counter(SPONSOR, "125"));

        assertThat(byInfluencer.status()).isEqualTo(NegotiationStatus.AWAITING_SPONSOR);
        assertThat(byInfluencer.whoseTurn()).isEqualTo(Role.SPONSOR);
        assertThat(byInfluencer.amountOnTable()).isEqualTo(amount("150"));
        assertThat(bySponsor.status()).isEqualTo(NegotiationStatus.AWAITING_INFLUENCER);
        assertThat(bySponsor.whoseTurn()).isEqualTo(Role.INFLUENCER);
        assertThat(bySponsor.amountOnTable()).isEqualTo(amount("125"));
    }

    @Test
    void onlyTheInfluencersAnswerCountsAsAnswered() {
        NegotiationState bySponsor = NegotiationState.initial().apply(OFFERED).apply(counter(SPONSOR, "80"));
        NegotiationState byInfluencer = NegotiationState.initial().apply(OFFERED).apply(counter(INFLUENCER, "150"));

        assertThat(bySponsor.answered()).isFalse();
        assertThat(bySponsor.requestChangeable()).isTrue();
        assertThat(byInfluencer.answered()).isTrue();
        assertThat(byInfluencer.requestChangeable()).isFalse();
        assertThat(byInfluencer.apply(counter(SPONSOR, "125")).answered()).as("stays answered").isTrue();
    }

    @Test
    void agreeingConcludesWithTheAgreedAmount() {
        NegotiationState state = NegotiationState.initial().apply(OFFERED).apply(counter(INFLUENCER, "150"))
                .apply(new NegotiationAgreedEvent(ID, "campaign-1", SPONSOR.accountId(), INFLUENCER.accountId(),
                        amount("150"), SPONSOR));

        assertThat(state.status()).isEqualTo(NegotiationStatus.AGREED);
        assertThat(state.amountOnTable()).isEqualTo(amount("150"));
        assertConcluded(state);
    }

    @Test
    void rejectingWithdrawingAndCancellingConcludeAndKeepTheTerms() {
        NegotiationState countered = NegotiationState.initial().apply(OFFERED).apply(counter(INFLUENCER, "150"));

        NegotiationState rejected = countered.apply(new NegotiationRejectedEvent(ID, "No", SPONSOR));
        NegotiationState withdrawn = NegotiationState.initial().apply(OFFERED)
                .apply(new AdRequestWithdrawnEvent(ID, SPONSOR));
        NegotiationState cancelled = countered.apply(new NegotiationCancelledEvent(ID, "Campaign closed", Actor.SYSTEM));

        assertThat(rejected.status()).isEqualTo(NegotiationStatus.REJECTED);
        assertThat(withdrawn.status()).isEqualTo(NegotiationStatus.WITHDRAWN);
        assertThat(cancelled.status()).isEqualTo(NegotiationStatus.CANCELLED);
        for (NegotiationState state : List.of(rejected, withdrawn, cancelled)) {
            assertConcluded(state);
            assertThat(state.campaignId()).isEqualTo("campaign-1");
            assertThat(state.sponsorId()).isEqualTo(SPONSOR.accountId());
            assertThat(state.influencerId()).isEqualTo(INFLUENCER.accountId());
        }
        assertThat(rejected.amountOnTable()).isEqualTo(amount("150"));
        assertThat(withdrawn.amountOnTable()).isEqualTo(amount("100"));
        assertThat(cancelled.amountOnTable()).isEqualTo(amount("150"));
    }

    @Test
    void applyingLeavesTheEarlierStateAsItWas() {
        NegotiationState opened = NegotiationState.initial().apply(OFFERED);

        opened.apply(counter(INFLUENCER, "150"));

        assertThat(opened.amountOnTable()).isEqualTo(amount("100"));
        assertThat(opened.status()).isEqualTo(NegotiationStatus.AWAITING_INFLUENCER);
    }

    @Test
    void thePartiesAreTheSponsorAndTheInfluencerInTheirRoles() {
        NegotiationState offered = NegotiationState.initial().apply(OFFERED);
        NegotiationState published = NegotiationState.initial().apply(PUBLISHED);

        assertThat(offered.isParty(SPONSOR)).isTrue();
        assertThat(offered.isParty(INFLUENCER)).isTrue();
        assertThat(offered.isParty(OTHER_INFLUENCER)).isFalse();
        assertThat(offered.isParty(new Actor(SPONSOR.accountId(), Role.INFLUENCER))).as("right account, wrong role").isFalse();
        assertThat(offered.isParty(new Actor(SPONSOR.accountId(), Role.ADMIN))).isFalse();
        assertThat(offered.isParty(ADMIN)).isFalse();
        assertThat(published.isParty(INFLUENCER)).as("nobody has applied yet").isFalse();
    }

    @Test
    void theStatusAfterAnEventNeedsOnlyTheStatusBefore() {
        assertThat(NegotiationState.statusAfter(null, OFFERED)).isEqualTo(NegotiationStatus.AWAITING_INFLUENCER);
        assertThat(NegotiationState.statusAfter(null, PUBLISHED)).isEqualTo(NegotiationStatus.OPEN);
        assertThat(NegotiationState.statusAfter(NegotiationStatus.OPEN,
                new AdRequestEditedEvent(ID, null, null, amount("1"), SPONSOR))).isEqualTo(NegotiationStatus.OPEN);
        assertThat(NegotiationState.statusAfter(NegotiationStatus.OPEN,
                new InfluencerAppliedEvent(ID, INFLUENCER.accountId(), amount("1"), null, INFLUENCER)))
                .isEqualTo(NegotiationStatus.AWAITING_SPONSOR);
        assertThat(NegotiationState.statusAfter(NegotiationStatus.AWAITING_SPONSOR, counter(SPONSOR, "1")))
                .isEqualTo(NegotiationStatus.AWAITING_INFLUENCER);
        assertThat(NegotiationState.statusAfter(NegotiationStatus.AWAITING_INFLUENCER, counter(INFLUENCER, "1")))
                .isEqualTo(NegotiationStatus.AWAITING_SPONSOR);
    }

    @Test
    void onlyAgreeingRejectingWithdrawingAndCancellingConclude() {
        assertThat(NegotiationState.concludes(OFFERED)).isFalse();
        assertThat(NegotiationState.concludes(new AdRequestEditedEvent(ID, null, null, amount("1"), SPONSOR))).isFalse();
        assertThat(NegotiationState.concludes(
                new InfluencerAppliedEvent(ID, INFLUENCER.accountId(), amount("1"), null, INFLUENCER))).isFalse();
        assertThat(NegotiationState.concludes(counter(INFLUENCER, "1"))).isFalse();
        assertThat(NegotiationState.concludes(new NegotiationAgreedEvent(ID, "campaign-1", SPONSOR.accountId(),
                INFLUENCER.accountId(), amount("1"), INFLUENCER))).isTrue();
        assertThat(NegotiationState.concludes(new NegotiationRejectedEvent(ID, null, INFLUENCER))).isTrue();
        assertThat(NegotiationState.concludes(new AdRequestWithdrawnEvent(ID, SPONSOR))).isTrue();
        assertThat(NegotiationState.concludes(new NegotiationCancelledEvent(ID, "Closed", ADMIN))).isTrue();
    }

    private static void assertConcluded(NegotiationState state) {
        assertThat(state.concluded()).isTrue();
        assertThat(state.whoseTurn()).isNull();
        assertThat(state.awaits(Role.SPONSOR)).isFalse();
        assertThat(state.awaits(Role.INFLUENCER)).isFalse();
        assertThat(state.openToApplications()).isFalse();
        assertThat(state.requestChangeable()).isFalse();
    }

    private static AdRequestOpenedEvent opened(String influencerId) {
        return new AdRequestOpenedEvent(ID, "campaign-1", SPONSOR.accountId(), influencerId, "Promote us", "One post",
                amount("100"), SPONSOR);
    }

    private static CounterOfferMadeEvent counter(Actor actor, String value) {
        return new CounterOfferMadeEvent(ID, amount(value), "How about this", actor);
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }
}
