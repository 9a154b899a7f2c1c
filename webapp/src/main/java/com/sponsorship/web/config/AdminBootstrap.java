package com.sponsorship.web.config;

import com.sponsorship.api.account.FindLoginAccountQuery;
import com.sponsorship.api.account.LoginAccount;
import com.sponsorship.api.account.RegisterAdminCommand;
import com.sponsorship.web.common.PlatformQueries;
import java.security.SecureRandom;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the one admin account at first start from ADMIN_EMAIL / ADMIN_PASSWORD. Without a
 * configured password a random one is generated and printed once on the console (never logged).
 */
@Component
@ConditionalOnProperty(name = "platform.admin.create-on-start", matchIfMissing = true)
@Order(AdminBootstrap.ORDER)
class AdminBootstrap implements ApplicationRunner {

    /** Before the runners that act as the admin. */
    static final int ORDER = 0;

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final CommandGateway commands;
    private final PlatformQueries queries;
    private final String email;
    private final String password;

    AdminBootstrap(CommandGateway commands, PlatformQueries queries, AdminProperties properties) {
        this.commands = commands;
        this.queries = queries;
        this.email = properties.email();
        this.password = properties.password();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (adminExists()) {
            return;
        }
        boolean generated = password.isBlank();
        String adminPassword = generated ? randomPassword() : password;
        try {
            commands.sendAndWait(new RegisterAdminCommand(UUID.randomUUID().toString(), "Administrator", email,
                    adminPassword));
        } catch (RuntimeException refused) {
            // instances starting together on one database: the unique email lets one of them create it
            if (adminExists()) {
                log.info("The admin account {} was created by another instance", email);
                return;
            }
            throw refused;
        }
        log.info("Created the admin account {}", email);
        if (generated) {
            System.out.println("""

                    ==================================================================
                     Admin account created: %s
                     Generated password (shown only this once): %s
                     Set ADMIN_PASSWORD to choose it yourself.
                    ==================================================================
                    """.formatted(email, adminPassword));
        }
    }

    private boolean adminExists() {
        return queries.find(new FindLoginAccountQuery(email), LoginAccount.class).isPresent();
    }

    /** 20 random letters and digits plus the classes the password rule demands. */
    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder result = new StringBuilder("Aa1!");
        for (int i = 0; i < 20; i++) {
            result.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return result.toString();
    }
}
