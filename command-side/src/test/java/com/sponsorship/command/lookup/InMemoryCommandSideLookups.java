package com.sponsorship.command.lookup;

import com.sponsorship.api.common.Role;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lookups that know only the accounts, campaigns and open lists a test puts in; other lists are empty. */
public final class InMemoryCommandSideLookups implements CommandSideLookups {

    private final Map<String, AccountState> accounts = new HashMap<>();
    private final Map<String, CampaignState> campaigns = new HashMap<>();
    private final Map<String, List<String>> openCampaignsOfSponsor = new HashMap<>();
    private final Map<String, List<String>> openNegotiationsOfCampaign = new HashMap<>();
    private final Map<String, List<String>> openNegotiationsOfInfluencer = new HashMap<>();

    public InMemoryCommandSideLookups withAccount(String accountId, Role role, boolean flagged, boolean removed) {
        accounts.put(accountId, new AccountState(accountId, role, flagged, removed));
        return this;
    }

    public InMemoryCommandSideLookups withCampaign(String campaignId, String sponsorId, boolean closed, boolean flagged) {
        campaigns.put(campaignId, new CampaignState(campaignId, sponsorId, closed, flagged));
        return this;
    }

    public InMemoryCommandSideLookups withOpenCampaignEnding(String campaignId, String sponsorId, LocalDate endDate) {
        campaigns.put(campaignId, new CampaignState(campaignId, sponsorId, false, false, endDate));
        return this;
    }

    public InMemoryCommandSideLookups withOpenCampaignsOfSponsor(String sponsorId, String... campaignIds) {
        openCampaignsOfSponsor.put(sponsorId, List.of(campaignIds));
        return this;
    }

    public InMemoryCommandSideLookups withOpenNegotiationsOfCampaign(String campaignId, String... negotiationIds) {
        openNegotiationsOfCampaign.put(campaignId, List.of(negotiationIds));
        return this;
    }

    public InMemoryCommandSideLookups withOpenNegotiationsOfInfluencer(String influencerId, String... negotiationIds) {
        openNegotiationsOfInfluencer.put(influencerId, List.of(negotiationIds));
        return this;
    }

    @Override
    public Optional<AccountState> account(String accountId) {
        return Optional.ofNullable(accounts.get(accountId));
    }

    @Override
    public Optional<CampaignState> campaign(String campaignId) {
        return Optional.ofNullable(campaigns.get(campaignId));
    }

    @Override
    public List<String> openCampaignsOfSponsor(String sponsorId) {
        return openCampaignsOfSponsor.getOrDefault(sponsorId, List.of());
    }

    @Override
    public List<String> openNegotiationsOfCampaign(String campaignId) {
        return openNegotiationsOfCampaign.getOrDefault(campaignId, List.of());
    }

    @Override
    public List<String> openNegotiationsOfInfluencer(String influencerId) {
        return openNegotiationsOfInfluencer.getOrDefault(influencerId, List.of());
    }
}
