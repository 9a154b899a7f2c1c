package com.sponsorship.command.account;

import com.sponsorship.api.account.EmailAlreadyRegisteredException;
import com.sponsorship.api.common.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Credentials kept in memory: like the database, an email is taken whatever its case. */
final class InMemoryAccountCredentials implements AccountCredentials {

    /** What {@link #register} was given, raw password included, so tests can see what reached it. */
    record Registration(String accountId, String email, String rawPassword, Role role) {
    }

    private final Set<String> emails = new HashSet<>();
    private final List<Registration> registrations = new ArrayList<>();

    @Override
    public void register(String accountId, String email, String rawPassword, Role role) {
        if (!emails.add(email.trim().toLowerCase(Locale.ROOT))) {
            throw new EmailAlreadyRegisteredException();
        }
        registrations.add(new Registration(accountId, email, rawPassword, role));
    }

    @Override
    public void changePassword(String accountId, String currentPassword, String newPassword) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public void deactivate(String accountId) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    List<Registration> registrations() {
        return List.copyOf(registrations);
    }
}
