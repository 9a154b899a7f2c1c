package com.sponsorship.command.lookup;

import com.sponsorship.api.account.AccountFlagClearedEvent;
import com.sponsorship.api.account.AccountFlaggedEvent;
import com.sponsorship.api.account.AccountRemovedEvent;
import com.sponsorship.api.account.AdminRegisteredEvent;
import com.sponsorship.api.account.AuditorRegisteredEvent;
import com.sponsorship.api.account.InfluencerRegisteredEvent;
import com.sponsorship.api.account.SponsorRegisteredEvent;
import com.sponsorship.api.campaign.CampaignClosedEvent;
import com.sponsorship.api.campaign.CampaignCreatedEvent;
import com.sponsorship.api.campaign.CampaignFlagClearedEvent;
import com.sponsorship.api.campaign.CampaignFlaggedEvent;
import com.sponsorship.api.campaign.CampaignUpdatedEvent;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.AdRequestOpenedEvent;
import com.sponsorship.api.negotiation.InfluencerAppliedEvent;
import com.sponsorship.api.negotiation.NegotiationEvent;
import com.sponsorship.api.negotiation.NegotiationState;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the command-side lookups in step with the events. Its processing group is a subscribing
 * processor: it runs inside the transaction that stores the events, and a failure here fails the
 * command (see CommandSideConfiguration).
 */
@Component
@ProcessingGroup(JpaCommandSideLookups.PROCESSING_GROUP)
public class JpaCommandSideLookups implements CommandSideLookups {

    public static final String PROCESSING_GROUP = "command-lookups";

    private final AccountLookupRepository accounts;
    private final CampaignLookupRepository campaigns;
    private final NegotiationLookupRepository negotiations;
    /** New rows are persisted: a repository's save would first select the row that cannot exist yet. */
    private final EntityManager entityManager;

    JpaCommandSideLookups(AccountLookupRepository accounts, CampaignLookupRepository campaigns,
                          NegotiationLookupRepository negotiations, EntityManager entityManager) {
        this.accounts = accounts;
        this.campaigns = campaigns;
        this.negotiations = negotiations;
        this.entityManager = entityManager;
    }

    @Override
    public Optional<AccountState> account(String accountId) {
        return accountId == null ? Optional.empty() : accounts.findById(accountId).map(AccountLookup::toState);
    }

    @Override
    public Optional<CampaignState> campaign(String campaignId) {
        return campaignId == null ? Optional.empty() : campaigns.findById(campaignId).map(CampaignLookup::toState);
    }

    @Override
    public List<String> openCampaignsOfSponsor(String sponsorId) {
        return campaigns.openCampaignIds(sponsorId);
    }

    @Override
    public List<String> openNegotiationsOfCampaign(String campaignId) {
        return negotiations.openOfCampaign(campaignId);
    }

    @Override
    public List<String> openNegotiationsOfInfluencer(String influencerId) {
        return negotiations.openOfInfluencer(influencerId);
    }

    @EventHandler
    void on(SponsorRegisteredEvent event) {
        entityManager.persist(new AccountLookup(event.accountId(), Role.SPONSOR));
    }

    @EventHandler
    void on(InfluencerRegisteredEvent event) {
        entityManager.persist(new AccountLookup(event.accountId(), Role.INFLUENCER));
    }

    @EventHandler
    void on(AdminRegisteredEvent event) {
        entityManager.persist(new AccountLookup(event.accountId(), Role.ADMIN));
    }

    @EventHandler
    void on(AuditorRegisteredEvent event) {
        entityManager.persist(new AccountLookup(event.accountId(), Role.AUDITOR));
    }

    @EventHandler
    void on(AccountFlaggedEvent event) {
        accounts.findById(event.accountId()).ifPresent(account -> account.setFlagged(true));
    }

    @EventHandler
    void on(AccountFlagClearedEvent event) {
        accounts.findById(event.accountId()).ifPresent(account -> account.setFlagged(false));
    }

    @EventHandler
    void on(AccountRemovedEvent event) {
        accounts.findById(event.accountId()).ifPresent(AccountLookup::markRemoved);
    }

    @EventHandler
    void on(CampaignCreatedEvent event) {
        entityManager.persist(new CampaignLookup(event.campaignId(), event.sponsorId(), event.details().endDate()));
    }

    @EventHandler
    void on(CampaignUpdatedEvent event) {
        campaigns.findById(event.campaignId()).ifPresent(campaign -> campaign.setEndDate(event.details().endDate()));
    }

    @EventHandler
    void on(CampaignFlaggedEvent event) {
        campaigns.findById(event.campaignId()).ifPresent(campaign -> campaign.setFlagged(true));
    }

    @EventHandler
    void on(CampaignFlagClearedEvent event) {
        campaigns.findById(event.campaignId()).ifPresent(campaign -> campaign.setFlagged(false));
    }

    @EventHandler
    void on(CampaignClosedEvent event) {
        campaigns.findById(event.campaignId()).ifPresent(CampaignLookup::markClosed);
    }

    @EventHandler
    void on(AdRequestOpenedEvent event) {
        entityManager.persist(new NegotiationLookup(event.negotiationId(), event.campaignId(), event.influencerId()));
    }

    @EventHandler
    void on(InfluencerAppliedEvent event) {
        updateNegotiation(event.negotiationId(), negotiation -> negotiation.setInfluencerId(event.influencerId()));
    }

    /** Any other step of a negotiation: those that conclude it (Axon calls the most specific handler). */
    @EventHandler
    void on(NegotiationEvent event) {
        if (NegotiationState.concludes(event)) {
            updateNegotiation(event.negotiationId(), NegotiationLookup::markConcluded);
        }
    }

    private void updateNegotiation(String negotiationId, Consumer<NegotiationLookup> change) {
        negotiations.findById(negotiationId).ifPresent(change);
    }
}
