package com.sponsorship.command.account;

import com.sponsorship.api.account.EmailAlreadyRegisteredException;
import com.sponsorship.api.common.Role;

/**
 * The command side's set-based lookup of emails and password hashes. Registering takes part in the
 * command's transaction, so an account and its credentials are stored together or not at all.
 */
public interface AccountCredentials {

    /** @throws EmailAlreadyRegisteredException when the email (any case) is taken */
    void register(String accountId, String email, String rawPassword, Role role);
}
