package com.sponsorship.command.account;

import com.sponsorship.api.account.EmailAlreadyRegisteredException;
import com.sponsorship.api.account.FindLoginAccountQuery;
import com.sponsorship.api.account.LoginAccount;
import com.sponsorship.api.common.DomainRuleException;
import com.sponsorship.api.common.PersonalData;
import com.sponsorship.api.common.Refusal;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.common.Rules;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

@Component
public class JpaAccountCredentials implements AccountCredentials {

    private final AccountCredentialRepository repository;
    private final PasswordEncoder passwordEncoder;

    public JpaAccountCredentials(AccountCredentialRepository repository, PasswordEncoder passwordEncoder) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public void register(String accountId, String email, String rawPassword, Role role) {
        String normalized = Rules.normalizeEmail(email);
        if (repository.existsByEmail(normalized)) {
            throw new EmailAlreadyRegisteredException();
        }
        try {
            // flushed now so that a concurrent registration of the same email fails this command, not a later one
            repository.saveAndFlush(new AccountCredential(accountId, normalized, passwordEncoder.encode(rawPassword), role));
        } catch (DataIntegrityViolationException raced) {
            throw new EmailAlreadyRegisteredException();
        }
    }

    @Override
    public void changePassword(String accountId, String currentPassword, String newPassword) {
        AccountCredential credential = repository.findById(accountId).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, credential.getPasswordHash())) {
            throw new DomainRuleException(Refusal.WRONG_PASSWORD, "currentPassword", "The current password is not right");
        }
        credential.replacePasswordHash(passwordEncoder.encode(newPassword));
    }

    @Override
    public void deactivate(String accountId) {
        repository.findById(accountId).ifPresent(AccountCredential::deactivate);
    }

    @Override
    public void erase(String accountId) {
        repository.findById(accountId).ifPresent(credential -> credential.erase(
                Rules.normalizeEmail(PersonalData.ERASED_EMAIL.replace("{id}", accountId))));
    }

    @QueryHandler
    public Optional<LoginAccount> handle(FindLoginAccountQuery query) {
        return repository.findByEmail(Rules.normalizeEmail(query.email()))
                .map(c -> new LoginAccount(c.getAccountId(), c.getEmail(), c.getPasswordHash(), c.getRole(),
                        c.isActive()));
    }
}
