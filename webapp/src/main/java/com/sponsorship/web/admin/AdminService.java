package com.sponsorship.web.admin;

import com.sponsorship.api.account.AccountPage;
import com.sponsorship.api.account.ClearAccountFlagCommand;
import com.sponsorship.api.account.FindAccountsQuery;
import com.sponsorship.api.account.FlagAccountCommand;
import com.sponsorship.api.account.RemoveAccountCommand;
import com.sponsorship.api.admin.AdminAction;
import com.sponsorship.api.admin.RecordAdminActionCommand;
import com.sponsorship.api.campaign.CampaignPage;
import com.sponsorship.api.campaign.ClearCampaignFlagCommand;
import com.sponsorship.api.campaign.CloseCampaignCommand;
import com.sponsorship.api.campaign.CloseReason;
import com.sponsorship.api.campaign.FindAllCampaignsQuery;
import com.sponsorship.api.campaign.FlagCampaignCommand;
import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.negotiation.EndDisputedDealCommand;
import com.sponsorship.api.negotiation.FindNegotiationsQuery;
import com.sponsorship.api.negotiation.NegotiationFilters;
import com.sponsorship.api.negotiation.NegotiationPage;
import com.sponsorship.api.stats.FindPlatformTotalsQuery;
import com.sponsorship.api.stats.PlatformTotals;
import com.sponsorship.query.runtime.ProjectionRebuilds;
import com.sponsorship.query.runtime.ProjectionStatus;
import com.sponsorship.query.runtime.ReadModel;
import com.sponsorship.web.account.AccountService;
import com.sponsorship.web.common.PlatformCommands;
import com.sponsorship.web.common.PlatformQueries;
import com.sponsorship.web.security.PlatformUser;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Moderation and the platform's upkeep, for the admin pages and the admin API alike: totals and
 * every list, flags, removal, auditors, projection rebuilds and dead-letter retries. Admin only,
 * enforced by the security configuration and again by the aggregates.
 */
@Service
class AdminService {

    private final PlatformCommands commands;
    private final PlatformQueries queries;
    private final ProjectionRebuilds rebuilds;
    private final AccountService accounts;

    AdminService(PlatformCommands commands, PlatformQueries queries, ProjectionRebuilds rebuilds,
                 AccountService accounts) {
        this.commands = commands;
        this.queries = queries;
        this.rebuilds = rebuilds;
        this.accounts = accounts;
    }

    PlatformTotals totals() {
        return queries.fetch(new FindPlatformTotalsQuery(), PlatformTotals.class);
    }

    AccountPage accounts(PageRequest page) {
        return queries.fetch(new FindAccountsQuery(null, page), AccountPage.class);
    }

    CampaignPage campaigns(PageRequest page) {
        return queries.fetch(new FindAllCampaignsQuery(page), CampaignPage.class);
    }

    NegotiationPage adRequests(PageRequest page) {
        return queries.fetch(new FindNegotiationsQuery(null, null, null, NegotiationFilters.NONE, page), NegotiationPage.class);
    }

    void flagAccount(PlatformUser admin, String id, String reason) {
        commands.send(new FlagAccountCommand(id, admin.actor(), reason));
    }

    /** Clears the flag; without a reason the event records {@link AdminAction#CLEAR_ACCOUNT_FLAG}'s default. */
    void clearAccountFlag(PlatformUser admin, String id, String reason) {
        commands.send(new ClearAccountFlagCommand(id, admin.actor(), reason));
    }

    /** Removes the account; without a reason the event records {@link AdminAction#REMOVE_ACCOUNT}'s default. */
    void removeAccount(PlatformUser admin, String id, String reason) {
        commands.send(new RemoveAccountCommand(id, admin.actor(), reason));
    }

    /** Erases the account at its person's request (the reason says how they asked, or a default). */
    void eraseAccount(PlatformUser admin, String id, String reason) {
        accounts.erase(admin.actor(), id, AdminAction.ERASE_ACCOUNT.reasonOr(reason));
    }

    void flagCampaign(PlatformUser admin, String id, String reason) {
        commands.send(new FlagCampaignCommand(id, admin.actor(), reason));
    }

    void clearCampaignFlag(PlatformUser admin, String id, String reason) {
        commands.send(new ClearCampaignFlagCommand(id, admin.actor(), reason));
    }

    /** Ends an agreed deal whose deliverable is disputed: cancelled, its unpaid amount released to the campaign. */
    void endDisputedDeal(PlatformUser admin, String id, String reason) {
        commands.send(new EndDisputedDealCommand(id, admin.actor(), reason));
    }

    void closeCampaign(PlatformUser admin, String id) {
        commands.send(new CloseCampaignCommand(id, admin.actor(), CloseReason.BY_ADMIN));
    }

    /** Creates the auditor account under a new id, and returns that id. */
    String createAuditor(PlatformUser admin, AuditorForm form) {
        String id = UUID.randomUUID().toString();
        commands.send(form.toCommand(id, admin.actor()));
        return id;
    }

    List<ProjectionStatus> projections() {
        return rebuilds.statuses();
    }

    boolean rebuilding() {
        return rebuilds.isRebuilding();
    }

    /**
     * Starts rebuilding the named read model, or all of them without a name; refused while one runs.
     * Recorded as the admin's action once started (a refused rebuild is not an action).
     */
    void rebuild(PlatformUser admin, String name, String reason) {
        List<ReadModel> models = ReadModelNames.resolve(name);
        RecordAdminActionCommand record = checkedRecord(admin, AdminAction.REBUILD, name, reason);
        rebuilds.rebuild(models);
        commands.send(record);
    }

    /** Handles the projection's parked events again, recorded as the admin's action; answers how many are still waiting. */
    long retryDeadLetters(PlatformUser admin, String name, String reason) {
        ReadModel model = ReadModelNames.one(name);
        RecordAdminActionCommand record = checkedRecord(admin, AdminAction.RETRY_DEAD_LETTERS, name, reason);
        long left = rebuilds.retryDeadLetters(model);
        commands.send(record);
        return left;
    }

    /**
     * Upkeep is no aggregate's command, so the admin's account records it once done; the record is
     * checked before, so that a reason it would refuse stops the work instead of leaving it unrecorded.
     */
    private RecordAdminActionCommand checkedRecord(PlatformUser admin, AdminAction action, String target, String reason) {
        RecordAdminActionCommand record = new RecordAdminActionCommand(admin.accountId(), admin.actor(), action,
                target, reason);
        commands.validate(record);
        return record;
    }
}
