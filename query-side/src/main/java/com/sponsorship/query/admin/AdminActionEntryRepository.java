package com.sponsorship.query.admin;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AdminActionEntryRepository extends JpaRepository<AdminActionEntry, String>,
        JpaSpecificationExecutor<AdminActionEntry> {
}
