package com.sponsorship.web.negotiation;

import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.NegotiationHistory;
import com.sponsorship.api.negotiation.NegotiationStatus;
import com.sponsorship.api.negotiation.NegotiationView;
import com.sponsorship.web.security.PlatformUser;

/**
 * Which answers the page offers the viewer now. Only a hint for the layout: the aggregate decides,
 * and refuses anything out of turn whatever the page showed.
 */
record Turn(boolean canAnswer, boolean canApply, boolean canEditOrWithdraw) {

    static Turn of(NegotiationView negotiation, NegotiationHistory history, PlatformUser user) {
        NegotiationStatus status = negotiation.status();
        boolean sponsor = user.role() == Role.SPONSOR && user.accountId().equals(negotiation.sponsorId());
        boolean influencer = user.role() == Role.INFLUENCER && user.accountId().equals(negotiation.influencerId());
        boolean answer = (sponsor && status == NegotiationStatus.AWAITING_SPONSOR)
                || (influencer && status == NegotiationStatus.AWAITING_INFLUENCER);
        boolean apply = user.role() == Role.INFLUENCER && status == NegotiationStatus.OPEN;
        boolean influencerAnswered = history.steps().stream().anyMatch(step -> step.actorRole() == Role.INFLUENCER);
        boolean edit = sponsor && !status.isConcluded() && !influencerAnswered;
        return new Turn(answer, apply, edit);
    }
}
