package com.sponsorship.command.campaign;

import com.sponsorship.api.common.Ownership;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.sponsorship.api.admin.AdminAction;
import com.sponsorship.api.campaign.BudgetCommittedEvent;
import com.sponsorship.api.campaign.BudgetReleasedEvent;
import com.sponsorship.api.campaign.CampaignBudgetChangedEvent;
import com.sponsorship.api.campaign.CampaignClosedEvent;
import com.sponsorship.api.campaign.CampaignCreatedEvent;
import com.sponsorship.api.campaign.CampaignFlagClearedEvent;
import com.sponsorship.api.campaign.CampaignFlaggedEvent;
import com.sponsorship.api.campaign.CampaignUpdatedEvent;
import com.sponsorship.api.campaign.CampaignVisibilityChangedEvent;
import com.sponsorship.api.campaign.ChangeCampaignVisibilityCommand;
import com.sponsorship.api.campaign.ClearCampaignFlagCommand;
import com.sponsorship.api.campaign.CloseCampaignCommand;
import com.sponsorship.api.campaign.CloseReason;
import com.sponsorship.api.campaign.CreateCampaignCommand;
import com.sponsorship.api.campaign.FlagCampaignCommand;
import com.sponsorship.api.campaign.UpdateCampaignCommand;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.DomainRuleException;
import com.sponsorship.api.common.Refusal;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.common.Rules;
import com.sponsorship.command.config.CommandSideConfiguration;
import com.sponsorship.command.lookup.CommandSideLookups;
import com.sponsorship.command.lookup.Guards;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A sponsor's campaign and the authority over its budget: the sum of agreed payments, less what
 * cancelled deals released ({@code committed}), never exceeds the budget. Snapshots serialize its fields (Jackson).
 */
@Aggregate(snapshotTriggerDefinition = "campaignSnapshotTrigger", cache = CommandSideConfiguration.AGGREGATE_CACHE)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Campaign {

    /** Fires when the campaign's end date has passed (end of that day, UTC). */
    static final String END_DEADLINE = "campaign-end";

    @AggregateIdentifier
    private String campaignId;
    private String sponsorId;
    private BigDecimal budget;
    private BigDecimal committed;
    private LocalDate endDate;
    private boolean flagged;
    private boolean closed;

    protected Campaign() {
    }

    @CommandHandler
    public Campaign(CreateCampaignCommand command, CommandSideLookups lookups, DeadlineManager deadlines) {
        Guards.requireRole(command.actor(), Role.SPONSOR, "create campaigns");
        Guards.requireActiveAccount(lookups, command.actor());
        requireEndNotPassed(command.details().endDate());
        apply(new CampaignCreatedEvent(command.campaignId(), command.actor().accountId(), command.details(),
                command.budget(), command.actor()));
        scheduleEnd(deadlines, command.details().endDate());
    }

    /**
     * Details and budget in one decision: every rule is checked before anything is applied, so a
     * refusal of either leaves the campaign as it was. The budget event is only emitted when the
     * budget changes.
     */
    @CommandHandler
    void handle(UpdateCampaignCommand command, DeadlineManager deadlines) {
        requireOwnerOfOpenCampaign(command.actor());
        boolean budgetChanged = command.budget().compareTo(budget) != 0;
        if (command.budget().compareTo(committed) < 0) {
            throw new DomainRuleException(Refusal.BUDGET_BELOW_AGREED, "budget",
                    "The budget cannot be lower than the " + committed.toPlainString() + " already agreed");
        }
        LocalDate previousEnd = endDate;
        boolean endMoved = !previousEnd.equals(command.details().endDate());
        if (endMoved) {
            requireEndNotPassed(command.details().endDate());
        }
        if (budgetChanged) {
            apply(new CampaignBudgetChangedEvent(campaignId, command.budget(), command.actor()));
        }
        apply(new CampaignUpdatedEvent(campaignId, command.details(), command.actor()));
        if (endMoved) {
            // the old deadline stays: cancelling reads every scheduled deadline of the platform, and firing it changes nothing
            scheduleEnd(deadlines, command.details().endDate());
        }
    }

    @CommandHandler
    void handle(ChangeCampaignVisibilityCommand command) {
        requireOwnerOfOpenCampaign(command.actor());
        apply(new CampaignVisibilityChangedEvent(campaignId, command.visibility(), command.actor()));
    }

    @CommandHandler
    void handle(FlagCampaignCommand command) {
        Guards.requireRole(command.actor(), Role.ADMIN, "flag campaigns");
        if (flagged) {
            throw new DomainRuleException(Refusal.ALREADY_FLAGGED, "The campaign is already flagged");
        }
        apply(new CampaignFlaggedEvent(campaignId, command.reason().trim(), command.actor()));
    }

    @CommandHandler
    void handle(ClearCampaignFlagCommand command) {
        Guards.requireRole(command.actor(), Role.ADMIN, "clear flags");
        if (!flagged) {
            throw new DomainRuleException(Refusal.NOT_FLAGGED, "The campaign is not flagged");
        }
        apply(new CampaignFlagClearedEvent(campaignId, command.actor(),
                AdminAction.CLEAR_CAMPAIGN_FLAG.reasonOr(command.reason())));
    }

    /** The owner or an admin closes it; the platform does when its sponsor is removed. Closing twice is a no-op for the platform. */
    @CommandHandler
    void handle(CloseCampaignCommand command) {
        Actor actor = command.actor();
        boolean allowed = actor.is(Role.ADMIN) || actor.is(Role.SYSTEM) || Ownership.ownsCampaign(actor, sponsorId);
        if (!allowed) {
            throw notYours();
        }
        if (closed) {
            if (actor.is(Role.SYSTEM)) {
                return;
            }
            throw new DomainRuleException(Refusal.CAMPAIGN_CLOSED, "The campaign is already closed");
        }
        apply(new CampaignClosedEvent(campaignId, sponsorId, command.reason(), actor));
    }

    /**
     * Takes an agreed payment out of the remaining budget, or refuses with the reason; called by
     * {@link com.sponsorship.command.negotiation.AgreementHandler} in the acceptance's unit of work.
     */
    public void commitBudget(String negotiationId, BigDecimal amount, Actor actor) {
        if (closed) {
            throw new DomainRuleException(Refusal.CAMPAIGN_CLOSED, "The campaign is closed");
        }
        if (flagged) {
            throw new DomainRuleException(Refusal.CAMPAIGN_FLAGGED, "The campaign is flagged by an admin");
        }
        BigDecimal remaining = budget.subtract(committed);
        if (amount.compareTo(remaining) > 0) {
            throw new DomainRuleException(Refusal.BUDGET_EXCEEDED, "The campaign's remaining budget of "
                    + remaining.toPlainString() + " does not cover " + amount.toPlainString()
                    + "; the negotiation stays open");
        }
        apply(new BudgetCommittedEvent(campaignId, negotiationId, amount, committed.add(amount), actor));
    }

    /**
     * Gives the unpaid part of a cancelled deal's committed amount back to the remaining budget,
     * closed or flagged as the campaign may be; called by
     * {@link com.sponsorship.command.negotiation.CancellationHandler} in the cancellation's unit of work.
     */
    public void releaseBudget(String negotiationId, BigDecimal amount, Actor actor) {
        apply(new BudgetReleasedEvent(campaignId, negotiationId, amount, committed.subtract(amount), actor));
    }

    /** The deadline names the end date it was set for: one of an end date since moved changes nothing. */
    @DeadlineHandler(deadlineName = END_DEADLINE)
    void onEndDatePassed(String scheduledEnd) {
        if (endDate.toString().equals(scheduledEnd)) {
            onEndDatePassed();
        }
    }

    /** A deadline stored before they named their date: those were cancelled when the end moved, so it is the end. */
    @DeadlineHandler(deadlineName = END_DEADLINE)
    void onEndDatePassed() {
        if (!closed) {
            apply(new CampaignClosedEvent(campaignId, sponsorId, CloseReason.ENDED, Actor.SYSTEM));
        }
    }

    private void requireOwnerOfOpenCampaign(Actor actor) {
        if (!Ownership.ownsCampaign(actor, sponsorId)) {
            throw notYours();
        }
        if (closed) {
            throw new DomainRuleException(Refusal.CAMPAIGN_CLOSED, "The campaign is closed");
        }
    }

    /**
     * A campaign may have started already, but not have ended: it would close at once. Today is
     * the event clock's (UTC), so demo data dated in the past is judged at its own moment.
     */
    private static void requireEndNotPassed(LocalDate end) {
        if (end.isBefore(LocalDate.ofInstant(GenericEventMessage.clock.instant(), ZoneOffset.UTC))) {
            throw new DomainRuleException(Refusal.END_DATE_PASSED, "endDate", Rules.END_DATE_PASSED);
        }
    }

    private static DomainRuleException notYours() {
        return new DomainRuleException(Refusal.NOT_YOUR_CAMPAIGN, "This is not your campaign");
    }

    /** At the end of the end date, naming it, so that the deadline can tell whether it is still the end. */
    private static void scheduleEnd(DeadlineManager deadlines, LocalDate endDate) {
        deadlines.schedule(endOf(endDate), END_DEADLINE, endDate.toString());
    }

    static Instant endOf(LocalDate endDate) {
        return endDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    @EventSourcingHandler
    void on(CampaignCreatedEvent event) {
        campaignId = event.campaignId();
        sponsorId = event.sponsorId();
        budget = event.budget();
        committed = BigDecimal.ZERO;
        endDate = event.details().endDate();
    }

    @EventSourcingHandler
    void on(CampaignUpdatedEvent event) {
        endDate = event.details().endDate();
    }

    @EventSourcingHandler
    void on(CampaignBudgetChangedEvent event) {
        budget = event.budget();
    }

    @EventSourcingHandler
    void on(CampaignFlaggedEvent event) {
        flagged = true;
    }

    @EventSourcingHandler
    void on(CampaignFlagClearedEvent event) {
        flagged = false;
    }

    @EventSourcingHandler
    void on(CampaignClosedEvent event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(BudgetCommittedEvent event) {
        committed = event.committedTotal();
    }

    @EventSourcingHandler
    void on(BudgetReleasedEvent event) {
        committed = event.committedTotal();
    }
}
