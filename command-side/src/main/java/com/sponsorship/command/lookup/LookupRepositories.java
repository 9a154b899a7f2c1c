package com.sponsorship.command.lookup;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountLookupRepository extends JpaRepository<AccountLookup, String> {
}

interface CampaignLookupRepository extends JpaRepository<CampaignLookup, String> {

    @Query("select c.campaignId from CampaignLookup c where c.sponsorId = ?1 and c.closed = false")
    List<String> openCampaignIds(String sponsorId);
}

interface NegotiationLookupRepository extends JpaRepository<NegotiationLookup, String> {

    @Query("select n.negotiationId from NegotiationLookup n where n.campaignId = ?1 and n.concluded = false")
    List<String> openOfCampaign(String campaignId);

    @Query("select n.negotiationId from NegotiationLookup n where n.influencerId = ?1 and n.concluded = false")
    List<String> openOfInfluencer(String influencerId);
}
