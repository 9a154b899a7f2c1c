package com.sponsorship.command.account;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.sponsorship.api.account.AccountErasedEvent;
import com.sponsorship.api.account.AccountFlagClearedEvent;
import com.sponsorship.api.account.AccountFlaggedEvent;
import com.sponsorship.api.account.AccountRemovedEvent;
import com.sponsorship.api.account.AdminRegisteredEvent;
import com.sponsorship.api.account.AuditorRegisteredEvent;
import com.sponsorship.api.account.ChangePasswordCommand;
import com.sponsorship.api.account.ClearAccountFlagCommand;
import com.sponsorship.api.account.CredentialsChangedEvent;
import com.sponsorship.api.account.EraseAccountCommand;
import com.sponsorship.api.account.FlagAccountCommand;
import com.sponsorship.api.account.InfluencerProfileUpdatedEvent;
import com.sponsorship.api.account.InfluencerRegisteredEvent;
import com.sponsorship.api.account.RegisterAdminCommand;
import com.sponsorship.api.account.RegisterAuditorCommand;
import com.sponsorship.api.account.RegisterInfluencerCommand;
import com.sponsorship.api.account.RegisterSponsorCommand;
import com.sponsorship.api.account.RemoveAccountCommand;
import com.sponsorship.api.account.SponsorProfileUpdatedEvent;
import com.sponsorship.api.account.SponsorRegisteredEvent;
import com.sponsorship.api.account.UpdateInfluencerProfileCommand;
import com.sponsorship.api.account.UpdateSponsorProfileCommand;
import com.sponsorship.api.admin.AdminAction;
import com.sponsorship.api.admin.AdminActionRecordedEvent;
import com.sponsorship.api.admin.RecordAdminActionCommand;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.DomainRuleException;
import com.sponsorship.api.common.Ownership;
import com.sponsorship.api.common.Refusal;
import com.sponsorship.api.common.Role;
import com.sponsorship.command.lookup.Guards;
import com.sponsorship.command.privacy.PersonalDataKeys;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A sponsor, influencer, admin or auditor account: profile and moderation state. */
@Aggregate
public class Account {

    @AggregateIdentifier
    private String accountId;
    private Role role;
    private boolean flagged;
    private boolean removed;
    private boolean erased;

    protected Account() {
    }

    @CommandHandler
    public Account(RegisterSponsorCommand command, AccountCredentials credentials) {
        credentials.register(command.accountId(), command.email(), command.password(), Role.SPONSOR);
        apply(new SponsorRegisteredEvent(command.accountId(), command.name().trim(), command.email().trim(),
                command.industry(), new Actor(command.accountId(), Role.SPONSOR)));
    }

    @CommandHandler
    public Account(RegisterInfluencerCommand command, AccountCredentials credentials) {
        credentials.register(command.accountId(), command.email(), command.password(), Role.INFLUENCER);
        apply(new InfluencerRegisteredEvent(command.accountId(), command.name().trim(), command.email().trim(),
                command.category(), command.reach(), new Actor(command.accountId(), Role.INFLUENCER)));
    }

    @CommandHandler
    public Account(RegisterAdminCommand command, AccountCredentials credentials) {
        credentials.register(command.accountId(), command.email(), command.password(), Role.ADMIN);
        apply(new AdminRegisteredEvent(command.accountId(), command.name().trim(), command.email().trim(),
                new Actor(command.accountId(), Role.ADMIN)));
    }

    @CommandHandler
    public Account(RegisterAuditorCommand command, AccountCredentials credentials) {
        Guards.requireRole(command.actor(), Role.ADMIN, "create auditor accounts");
        credentials.register(command.accountId(), command.email(), command.password(), Role.AUDITOR);
        apply(new AuditorRegisteredEvent(command.accountId(), command.name().trim(), command.email().trim(),
                command.actor()));
    }

    @CommandHandler
    void handle(UpdateSponsorProfileCommand command) {
        requireSelf(command.actor(), Role.SPONSOR);
        apply(new SponsorProfileUpdatedEvent(accountId, command.name().trim(), command.industry(), command.actor()));
    }

    @CommandHandler
    void handle(UpdateInfluencerProfileCommand command) {
        requireSelf(command.actor(), Role.INFLUENCER);
        apply(new InfluencerProfileUpdatedEvent(accountId, command.name().trim(), command.category(),
                command.reach(), command.actor()));
    }

    @CommandHandler
    void handle(ChangePasswordCommand command, AccountCredentials credentials) {
        requireSelf(command.actor(), role);
        credentials.changePassword(accountId, command.currentPassword(), command.newPassword());
        apply(new CredentialsChangedEvent(accountId, command.actor()));
    }

    @CommandHandler
    void handle(FlagAccountCommand command) {
        requireModeratable(command.actor(), "flag accounts");
        if (flagged) {
            throw new DomainRuleException(Refusal.ALREADY_FLAGGED, "The account is already flagged");
        }
        apply(new AccountFlaggedEvent(accountId, command.reason().trim(), command.actor()));
    }

    @CommandHandler
    void handle(ClearAccountFlagCommand command) {
        requireModeratable(command.actor(), "clear flags");
        if (!flagged) {
            throw new DomainRuleException(Refusal.NOT_FLAGGED, "The account is not flagged");
        }
        apply(new AccountFlagClearedEvent(accountId, command.actor(),
                AdminAction.CLEAR_ACCOUNT_FLAG.reasonOr(command.reason())));
    }

    /** Nothing is erased: the account stops signing in, its campaigns close, its open negotiations end. */
    @CommandHandler
    void handle(RemoveAccountCommand command, AccountCredentials credentials) {
        requireModeratable(command.actor(), "remove accounts");
        credentials.deactivate(accountId);
        apply(new AccountRemovedEvent(accountId, role, command.actor(), AdminAction.REMOVE_ACCOUNT.reasonOr(command.reason())));
    }

    /**
     * Erasure: the person's key is deleted with the event, so their name and e-mail read as erased
     * in every event, and their credentials keep neither. The account is removed first (its campaigns
     * close, its open negotiations end) unless it already was. An admin erases on request, a person
     * their own account; the admin account cannot be erased.
     */
    @CommandHandler
    void handle(EraseAccountCommand command, AccountCredentials credentials, PersonalDataKeys keys) {
        Actor actor = command.actor();
        if (!Ownership.ownsAccount(actor, accountId, role)) {
            Guards.requireRole(actor, Role.ADMIN, "erase accounts");
        }
        if (role == Role.ADMIN) {
            throw new DomainRuleException(Refusal.ADMIN_PROTECTED, "The admin account cannot be erased");
        }
        if (erased) {
            throw new DomainRuleException(Refusal.ACCOUNT_ERASED, "The account is already erased");
        }
        String reason = command.reason().trim();
        if (!removed) {
            apply(new AccountRemovedEvent(accountId, role, actor, reason));
        }
        credentials.erase(accountId);
        keys.forget(accountId);
        apply(new AccountErasedEvent(accountId, reason, actor));
    }

    /** Upkeep an admin did (a rebuild, a dead-letter retry), recorded in the admin's own stream. */
    @CommandHandler
    void handle(RecordAdminActionCommand command) {
        if (role != Role.ADMIN || !Ownership.ownsAccount(command.actor(), accountId, role)) {
            throw new DomainRuleException(Refusal.WRONG_ROLE, "Only an admin records their own upkeep actions");
        }
        if (!command.action().upkeep()) {
            throw new DomainRuleException(Refusal.WRONG_STEP,
                    "Record a rebuild or a dead-letter retry here; every other admin action records itself");
        }
        apply(new AdminActionRecordedEvent(accountId, command.action(), command.targetId(),
                command.action().reasonOr(command.reason()), command.actor()));
    }

    private void requireSelf(Actor actor, Role expectedRole) {
        if (role != expectedRole || !Ownership.ownsAccount(actor, accountId, role)) {
            throw new DomainRuleException(Refusal.NOT_YOUR_ACCOUNT, "You can only change your own account");
        }
        requireNotRemoved();
    }

    private void requireModeratable(Actor actor, String what) {
        Guards.requireRole(actor, Role.ADMIN, what);
        if (role == Role.ADMIN) {
            throw new DomainRuleException(Refusal.ADMIN_PROTECTED, "The admin account cannot be moderated");
        }
        requireNotRemoved();
    }

    private void requireNotRemoved() {
        if (removed) {
            throw new DomainRuleException(Refusal.ACCOUNT_REMOVED, "The account has been removed");
        }
    }

    @EventSourcingHandler
    void on(SponsorRegisteredEvent event) {
        accountId = event.accountId();
        role = Role.SPONSOR;
    }

    @EventSourcingHandler
    void on(InfluencerRegisteredEvent event) {
        accountId = event.accountId();
        role = Role.INFLUENCER;
    }

    @EventSourcingHandler
    void on(AdminRegisteredEvent event) {
        accountId = event.accountId();
        role = Role.ADMIN;
    }

    @EventSourcingHandler
    void on(AuditorRegisteredEvent event) {
        accountId = event.accountId();
        role = Role.AUDITOR;
    }

    @EventSourcingHandler
    void on(AccountFlaggedEvent event) {
        flagged = true;
    }

    @EventSourcingHandler
    void on(AccountFlagClearedEvent event) {
        flagged = false;
    }

    @EventSourcingHandler
    void on(AccountRemovedEvent event) {
        removed = true;
    }

    @EventSourcingHandler
    void on(AccountErasedEvent event) {
        erased = true;
    }
}
