package com.sponsorship.command.lookup;

import java.util.List;
import java.util.Optional;

/**
 * Set-based facts the command side checks across aggregates (is this account flagged, is that
 * campaign closed, which negotiations are still open). Kept in the same transaction as the events
 * they follow, so a check never sees a stale answer; never read by the query side.
 */
public interface CommandSideLookups {

    Optional<AccountState> account(String accountId);

    Optional<CampaignState> campaign(String campaignId);

    List<String> openCampaignsOfSponsor(String sponsorId);

    List<String> openNegotiationsOfCampaign(String campaignId);

    List<String> openNegotiationsOfInfluencer(String influencerId);
}
