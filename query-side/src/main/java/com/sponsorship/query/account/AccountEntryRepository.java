package com.sponsorship.query.account;

import com.sponsorship.api.common.Role;
import com.sponsorship.query.Named;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface AccountEntryRepository extends JpaRepository<AccountEntry, String>,
        JpaSpecificationExecutor<AccountEntry> {

    Page<AccountEntry> findByRole(Role role, Pageable pageable);

    /** The names of these accounts (those that exist), for other read models' pages. */
    List<Named> findNamesByIdIn(Collection<String> ids);
}
