package com.sponsorship.command.account;

import com.sponsorship.api.account.EmailAlreadyRegisteredException;
import com.sponsorship.api.common.DomainRuleException;
import com.sponsorship.api.common.Role;

/**
 * The command side's set-based lookup of emails and password hashes. Every change takes part in
 * the command's transaction, so an account and its credentials change together or not at all.
 */
public interface AccountCredentials {

    /** @throws EmailAlreadyRegisteredException when the email (any case) is taken */
    void register(String accountId, String email, String rawPassword, Role role);

    /** @throws DomainRuleException (field currentPassword) when the current password is wrong */
    void changePassword(String accountId, String currentPassword, String newPassword);

    /** The account can no longer sign in. */
    void deactivate(String accountId);

    /** The account can no longer sign in, and neither its email nor its password hash is kept. */
    void erase(String accountId);
}
