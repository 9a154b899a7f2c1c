package com.sponsorship.web.campaign;

import com.sponsorship.api.account.AccountView;
import com.sponsorship.api.campaign.CampaignPage;
import com.sponsorship.api.campaign.CampaignView;
import com.sponsorship.api.campaign.CloseCampaignCommand;
import com.sponsorship.api.campaign.CloseReason;
import com.sponsorship.api.campaign.FindAllCampaignsQuery;
import com.sponsorship.api.campaign.FindSponsorCampaignsQuery;
import com.sponsorship.api.campaign.SearchCampaignsQuery;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.FindNegotiationsQuery;
import com.sponsorship.api.negotiation.NegotiationFilters;
import com.sponsorship.api.negotiation.NegotiationPage;
import com.sponsorship.api.negotiation.NegotiationStatus;
import com.sponsorship.web.account.AccountService;
import com.sponsorship.web.common.PlatformCommands;
import com.sponsorship.web.common.PlatformQueries;
import com.sponsorship.web.common.ReadAccess;
import com.sponsorship.web.negotiation.AdRequestForm;
import com.sponsorship.web.security.PlatformUser;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Campaigns for pages and API alike: each workflow once, with the read-access check before any
 * command; what the caller may not see is "not found".
 */
@Service
class CampaignService {

    private final PlatformCommands commands;
    private final PlatformQueries queries;
    private final ReadAccess access;
    private final AccountService accounts;

    CampaignService(PlatformCommands commands, PlatformQueries queries, ReadAccess access, AccountService accounts) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.accounts = accounts;
    }

    /** Creates the sponsor's campaign under a new id, and returns that id. */
    String create(PlatformUser sponsor, CampaignForm form) {
        String id = UUID.randomUUID().toString();
        commands.send(form.toCommand(id, sponsor.actor()));
        return id;
    }

    CampaignView campaign(PlatformUser user, String id) {
        return access.campaign(user, id);
    }

    CampaignPage ofSponsor(PlatformUser sponsor, PageRequest page) {
        return queries.fetch(new FindSponsorCampaignsQuery(sponsor.accountId(), page), CampaignPage.class);
    }

    /** Public open campaigns, as influencers search them. */
    CampaignPage search(String q, Category category, boolean ascending, PageRequest page) {
        return queries.fetch(new SearchCampaignsQuery(q, category, ascending, page), CampaignPage.class);
    }

    /** A sponsor's own campaigns, the influencer's search, every campaign for admins and auditors. */
    CampaignPage list(PlatformUser user, String q, Category category, boolean ascending, PageRequest page) {
        return switch (user.role()) {
            case SPONSOR -> ofSponsor(user, page);
            case INFLUENCER -> search(q, category, ascending, page);
            default -> queries.fetch(new FindAllCampaignsQuery(page), CampaignPage.class);
        };
    }

    /** Details and budget in one command: the campaign applies both, or refuses and applies neither. */
    CampaignView update(PlatformUser sponsor, String id, CampaignForm form) {
        access.campaign(sponsor, id);
        commands.send(form.toUpdateCommand(id, sponsor.actor()));
        return access.campaign(sponsor, id);
    }

    CampaignView close(PlatformUser user, String id) {
        access.campaign(user, id);
        CloseReason reason = user.role() == Role.ADMIN ? CloseReason.BY_ADMIN : CloseReason.BY_SPONSOR;
        commands.send(new CloseCampaignCommand(id, user.actor(), reason));
        return access.campaign(user, id);
    }

    /** Opens an ad request on the campaign under a new id, and returns that id. */
    String openAdRequest(PlatformUser sponsor, String campaignId, AdRequestForm form) {
        access.campaign(sponsor, campaignId);
        String negotiationId = UUID.randomUUID().toString();
        commands.send(form.toOpenCommand(negotiationId, sponsor.actor(), campaignId));
        return negotiationId;
    }

    /** The campaign's ad requests: every one for its sponsor and staff, the open ones for influencers. */
    NegotiationPage adRequests(PlatformUser user, String campaignId, PageRequest page) {
        boolean all = user.role() == Role.SPONSOR || ReadAccess.isStaff(user);
        NegotiationFilters filters = all ? NegotiationFilters.NONE : NegotiationFilters.withStatus(NegotiationStatus.OPEN);
        return queries.fetch(new FindNegotiationsQuery(null, null, campaignId, filters, page), NegotiationPage.class);
    }

    /** The influencer an ad request is about to be addressed to. */
    Optional<AccountView> addressee(String influencerId) {
        return accounts.influencer(influencerId);
    }
}
