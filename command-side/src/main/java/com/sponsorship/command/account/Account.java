package com.sponsorship.command.account;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.sponsorship.api.account.AdminRegisteredEvent;
import com.sponsorship.api.account.RegisterAdminCommand;
import com.sponsorship.api.account.RegisterSponsorCommand;
import com.sponsorship.api.account.SponsorRegisteredEvent;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Role;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

@Aggregate
public class Account {

    @AggregateIdentifier
    private String accountId;
    private Role role;

    protected Account() {
    }

    @CommandHandler
    public Account(RegisterSponsorCommand command, AccountCredentials credentials) {
        credentials.register(command.accountId(), command.email(), command.password(), Role.SPONSOR);
        apply(new SponsorRegisteredEvent(command.accountId(), command.name().trim(), command.email().trim(),
                command.industry(), new Actor(command.accountId(), Role.SPONSOR)));
    }

    @CommandHandler
    public Account(RegisterAdminCommand command, AccountCredentials credentials) {
        credentials.register(command.accountId(), command.email(), command.password(), Role.ADMIN);
        apply(new AdminRegisteredEvent(command.accountId(), command.name().trim(), command.email().trim(),
                new Actor(command.accountId(), Role.ADMIN)));
    }

    @EventSourcingHandler
    void on(SponsorRegisteredEvent event) {
        accountId = event.accountId();
        role = Role.SPONSOR;
    }

    @EventSourcingHandler
    void on(AdminRegisteredEvent event) {
        accountId = event.accountId();
        role = Role.ADMIN;
    }
}
