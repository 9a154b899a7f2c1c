package com.sponsorship.query.negotiation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface NegotiationEntryRepository extends JpaRepository<NegotiationEntry, String>,
        JpaSpecificationExecutor<NegotiationEntry> {
}
