package com.sponsorship.command.campaign;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.sponsorship.api.campaign.CampaignCreatedEvent;
import com.sponsorship.api.campaign.CampaignStatus;
import com.sponsorship.api.campaign.CreateCampaignCommand;
import com.sponsorship.api.common.DomainRuleException;
import com.sponsorship.api.common.Role;
import java.math.BigDecimal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

@Aggregate
public class Campaign {

    @AggregateIdentifier
    private String campaignId;
    private String sponsorId;
    private BigDecimal budget;
    private CampaignStatus status;

    protected Campaign() {
    }

    @CommandHandler
    public Campaign(CreateCampaignCommand command) {
        if (!command.actor().is(Role.SPONSOR)) {
            throw new DomainRuleException("not-a-sponsor", "Only sponsors can create campaigns");
        }
        apply(new CampaignCreatedEvent(command.campaignId(), command.actor().accountId(), command.details(),
                command.budget(), command.actor()));
    }

    @EventSourcingHandler
    void on(CampaignCreatedEvent event) {
        campaignId = event.campaignId();
        sponsorId = event.sponsorId();
        budget = event.budget();
        status = CampaignStatus.OPEN;
    }
}
