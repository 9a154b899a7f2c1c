package com.sponsorship.web.config;

import com.sponsorship.api.account.FindLoginAccountQuery;
import com.sponsorship.api.account.LoginAccount;
import com.sponsorship.api.admin.AdminAction;
import com.sponsorship.api.admin.RecordAdminActionCommand;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Role;
import com.sponsorship.web.common.PlatformQueries;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one-time encryption of personal data stored in plain text ({@code PlainPersonalDataMigration})
 * runs before Axon does, at start-up; once the platform runs, each pass that changed stored events
 * is recorded as an admin action of the platform's admin, so the admin-actions log shows the only
 * edit of stored events ever made. Marking the pass and recording it commit together, so two
 * instances starting together record it once.
 */
@Component
@Order(AdminBootstrap.ORDER + 1)
public class PersonalDataMigrationRecord implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataMigrationRecord.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final CommandGateway commands;
    private final PlatformQueries queries;
    private final String adminEmail;

    PersonalDataMigrationRecord(JdbcTemplate jdbc, PlatformTransactionManager transactions, CommandGateway commands,
            PlatformQueries queries, AdminProperties admin) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.commands = commands;
        this.queries = queries;
        this.adminEmail = admin.email();
    }

    private record Pass(long id, String ranAt, int events, int values) {
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Pass> passes = jdbc.query("select id, ran_at, events_changed, values_encrypted from personal_data_migration"
                + " where events_changed > 0 and not admin_action_recorded order by id",
                (row, n) -> new Pass(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant().toString(),
                        row.getInt(3), row.getInt(4)));
        if (passes.isEmpty()) {
            return;
        }
        Optional<String> admin = queries.find(new FindLoginAccountQuery(adminEmail), LoginAccount.class)
                .map(LoginAccount::accountId);
        if (admin.isEmpty()) {
            log.warn("The encryption of personal data is recorded as an admin action once the admin account {} exists",
                    adminEmail);
            return;
        }
        String adminId = admin.get();
        for (Pass pass : passes) {
            transactions.executeWithoutResult(status -> {
                if (jdbc.update("update personal_data_migration set admin_action_recorded = true"
                        + " where id = ? and not admin_action_recorded", pass.id()) == 1) {
                    commands.sendAndWait(new RecordAdminActionCommand(adminId, new Actor(adminId, Role.ADMIN),
                            AdminAction.ENCRYPT_PERSONAL_DATA, "personal-data-migration-" + pass.id(),
                            "Personal data stored in plain text encrypted in place at start-up on " + pass.ranAt()
                                    + ": " + pass.values() + " values in " + pass.events() + " events"));
                }
            });
        }
    }
}
