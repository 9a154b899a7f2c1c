package com.sponsorship.command.lookup;

import com.sponsorship.api.common.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lookups that know only the accounts a test puts in; every list is empty. */
public final class InMemoryCommandSideLookups implements CommandSideLookups {

    private final Map<String, AccountState> accounts = new HashMap<>();

    public InMemoryCommandSideLookups withAccount(String accountId, Role role, boolean flagged, boolean removed) {
        accounts.put(accountId, new AccountState(accountId, role, flagged, removed));
        return this;
    }

    @Override
    public Optional<AccountState> account(String accountId) {
        return Optional.ofNullable(accounts.get(accountId));
    }

    @Override
    public Optional<CampaignState> campaign(String campaignId) {
        return Optional.empty();
    }

    @Override
    public List<String> openCampaignsOfSponsor(String sponsorId) {
        return List.of();
    }

    @Override
    public List<String> openNegotiationsOfCampaign(String campaignId) {
        return List.of();
    }

    @Override
    public List<String> openNegotiationsOfInfluencer(String influencerId) {
        return List.of();
    }
}
