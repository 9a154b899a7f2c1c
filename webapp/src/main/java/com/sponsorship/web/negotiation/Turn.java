package com.sponsorship.web.negotiation;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.NegotiationState;

/**
 * Which answers the page offers the viewer now. Only a hint for the layout: the aggregate decides,
 * and refuses anything out of turn whatever the page showed.
 */
record Turn(boolean canAnswer, boolean canApply, boolean canEditOrWithdraw) {

    static Turn of(NegotiationState negotiation, Actor viewer) {
        boolean party = negotiation.isParty(viewer);
        return new Turn(party && negotiation.awaits(viewer.role()),
                viewer.is(Role.INFLUENCER) && negotiation.openToApplications(),
                party && viewer.is(Role.SPONSOR) && negotiation.requestChangeable());
    }
}
