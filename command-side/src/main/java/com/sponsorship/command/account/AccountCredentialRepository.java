package com.sponsorship.command.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountCredentialRepository extends JpaRepository<AccountCredential, String> {

    Optional<AccountCredential> findByEmail(String normalizedEmail);

    boolean existsByEmail(String normalizedEmail);
}
