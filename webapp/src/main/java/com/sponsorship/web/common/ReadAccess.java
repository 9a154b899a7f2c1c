package com.sponsorship.web.common;

import com.sponsorship.api.campaign.CampaignStatus;
import com.sponsorship.api.campaign.CampaignView;
import com.sponsorship.api.campaign.FindCampaignQuery;
import com.sponsorship.api.common.Ownership;
import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.common.Rules;
import com.sponsorship.api.common.Visibility;
import com.sponsorship.api.negotiation.FindNegotiationQuery;
import com.sponsorship.api.negotiation.FindNegotiationsQuery;
import com.sponsorship.api.negotiation.NegotiationFilters;
import com.sponsorship.api.negotiation.NegotiationPage;
import com.sponsorship.api.negotiation.NegotiationStatus;
import com.sponsorship.api.negotiation.NegotiationView;
import com.sponsorship.web.security.PlatformUser;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Who may see which campaign or ad request, for pages and API alike. Anything the caller may not
 * see answers "not found", so that nobody learns what exists in another account.
 */
@Component
public class ReadAccess {

    private static final Pattern ID = Pattern.compile(Rules.ID_PATTERN);

    private final PlatformQueries queries;

    ReadAccess(PlatformQueries queries) {
        this.queries = queries;
    }

    public CampaignView campaign(PlatformUser user, String campaignId) {
        requireId(campaignId, "Campaign");
        return visibleCampaign(user, campaignId).orElseThrow(() -> new NotFoundException("Campaign"));
    }

    /** A campaign's ledger: its sponsor's and staff's to read; "not found" for anyone else. */
    public CampaignView campaignLedger(PlatformUser user, String campaignId) {
        CampaignView campaign = campaign(user, campaignId);
        if (!isStaff(user) && !(user.role() == Role.SPONSOR && campaign.sponsorId().equals(user.accountId()))) {
            throw new NotFoundException("Campaign");
        }
        return campaign;
    }

    /** Whether a link to the campaign would open it for this user. */
    public boolean canSeeCampaign(PlatformUser user, String campaignId) {
        return isId(campaignId) && visibleCampaign(user, campaignId).isPresent();
    }

    private Optional<CampaignView> visibleCampaign(PlatformUser user, String campaignId) {
        return queries.find(new FindCampaignQuery(campaignId), CampaignView.class)
                .filter(campaign -> canSee(user, campaign) || negotiatesOn(user, campaign));
    }

    /** An influencer in a negotiation on a campaign sees that campaign, private, closed or flagged as it may be. */
    private boolean negotiatesOn(PlatformUser user, CampaignView campaign) {
        return user.role() == Role.INFLUENCER && queries.fetch(new FindNegotiationsQuery(null, user.accountId(),
                campaign.id(), NegotiationFilters.NONE, new PageRequest(0, 1)), NegotiationPage.class)
                .page().totalElements() > 0;
    }

    public NegotiationView negotiation(PlatformUser user, String negotiationId) {
        requireId(negotiationId, "Ad request");
        return queries.find(new FindNegotiationQuery(negotiationId), NegotiationView.class)
                .filter(negotiation -> canSee(user, negotiation))
                .orElseThrow(() -> new NotFoundException("Ad request"));
    }

    /** Nothing is stored under what is not an id, so an odd path never reaches a query. */
    private static void requireId(String id, String what) {
        if (!isId(id)) {
            throw new NotFoundException(what);
        }
    }

    public static boolean isId(String id) {
        return id != null && !id.isBlank() && ID.matcher(id).matches();
    }

    /*
     * Read access, one row per role; "owns" and "party" are the rules of Ownership.
     *
     *   role        campaign                                   ad request
     *   admin       all                                        all
     *   auditor     all                                        all
     *   sponsor     owns it                                    party to it
     *   influencer  public, open and not flagged               party to it, or open to anyone
     *               (or negotiates on it: visibleCampaign)
     */

    private static boolean canSee(PlatformUser user, CampaignView campaign) {
        return switch (user.role()) {
            case ADMIN, AUDITOR -> true;
            case SPONSOR -> Ownership.ownsCampaign(user.actor(), campaign.sponsorId());
            case INFLUENCER -> campaign.visibility() == Visibility.PUBLIC && campaign.status() == CampaignStatus.OPEN
                    && !campaign.flagged();
            default -> false;
        };
    }

    /** Influencers see their own negotiations and requests still open to anyone, never another influencer's. */
    private static boolean canSee(PlatformUser user, NegotiationView negotiation) {
        boolean party = Ownership.isPartyTo(user.actor(), negotiation.sponsorId(), negotiation.influencerId());
        return switch (user.role()) {
            case ADMIN, AUDITOR -> true;
            case SPONSOR -> party;
            case INFLUENCER -> party || negotiation.status() == NegotiationStatus.OPEN;
            default -> false;
        };
    }

    /**
     * Whether the user may have the negotiation's deal certificate: its sponsor and influencer and staff, not an
     * influencer who only sees a request still open to anyone.
     */
    public static boolean mayCertify(PlatformUser user, NegotiationView negotiation) {
        return isStaff(user) || Ownership.isPartyTo(user.actor(), negotiation.sponsorId(), negotiation.influencerId());
    }

    public static boolean isStaff(PlatformUser user) {
        return user.role() == Role.ADMIN || user.role() == Role.AUDITOR;
    }
}
