package com.sponsorship.command.account;

import com.sponsorship.api.account.EmailAlreadyRegisteredException;
import com.sponsorship.api.common.DomainRuleException;
import com.sponsorship.api.common.Refusal;
import com.sponsorship.api.common.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Credentials kept in memory: like the database, an email is taken whatever its case. */
final class InMemoryAccountCredentials implements AccountCredentials {

    /** What {@link #register} was given, raw password included, so tests can see what reached it. */
    record Registration(String accountId, String email, String rawPassword, Role role) {
    }

    private final Set<String> emails = new HashSet<>();
    private final List<Registration> registrations = new ArrayList<>();
    private final Map<String, String> passwords = new HashMap<>();
    private final Set<String> deactivated = new HashSet<>();
    private final Set<String> erased = new HashSet<>();

    @Override
    public void register(String accountId, String email, String rawPassword, Role role) {
        if (!emails.add(email.trim().toLowerCase(Locale.ROOT))) {
            throw new EmailAlreadyRegisteredException();
        }
        registrations.add(new Registration(accountId, email, rawPassword, role));
        passwords.put(accountId, rawPassword);
    }

    /** Like the database: refuses with the same code when the current password does not match. */
    @Override
    public void changePassword(String accountId, String currentPassword, String newPassword) {
        if (!currentPassword.equals(passwords.get(accountId))) {
            throw new DomainRuleException(Refusal.WRONG_PASSWORD, "currentPassword", "The current password is not right");
        }
        passwords.put(accountId, newPassword);
    }

    @Override
    public void deactivate(String accountId) {
        deactivated.add(accountId);
    }

    @Override
    public void erase(String accountId) {
        erased.add(accountId);
    }

    List<Registration> registrations() {
        return List.copyOf(registrations);
    }

    String passwordOf(String accountId) {
        return passwords.get(accountId);
    }

    Set<String> deactivated() {
        return Set.copyOf(deactivated);
    }

    Set<String> erased() {
        return Set.copyOf(erased);
    }
}
