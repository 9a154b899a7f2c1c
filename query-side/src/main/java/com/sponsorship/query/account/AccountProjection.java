package com.sponsorship.query.account;

import com.sponsorship.api.account.AccountView;
import com.sponsorship.api.account.AdminRegisteredEvent;
import com.sponsorship.api.account.FindAccountQuery;
import com.sponsorship.api.account.SponsorRegisteredEvent;
import com.sponsorship.api.common.Role;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** The accounts read model: profile and moderation state, never credentials. */
@Component
@ProcessingGroup(AccountProjection.PROCESSING_GROUP)
public class AccountProjection {

    public static final String PROCESSING_GROUP = "accounts";

    private final AccountEntryRepository accounts;

    public AccountProjection(AccountEntryRepository accounts) {
        this.accounts = accounts;
    }

    @EventHandler
    void on(SponsorRegisteredEvent event, @Timestamp Instant occurredAt) {
        accounts.save(new AccountEntry(event.accountId(), Role.SPONSOR, event.name(), event.email(), occurredAt)
                .withIndustry(event.industry()));
    }

    @EventHandler
    void on(AdminRegisteredEvent event, @Timestamp Instant occurredAt) {
        accounts.save(new AccountEntry(event.accountId(), Role.ADMIN, event.name(), event.email(), occurredAt));
    }

    @ResetHandler
    void reset() {
        accounts.deleteAllInBatch();
    }

    @QueryHandler
    public Optional<AccountView> handle(FindAccountQuery query) {
        return accounts.findById(query.accountId()).map(AccountEntry::toView);
    }
}
