package com.sponsorship.query.negotiation;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NegotiationEntryRepository extends JpaRepository<NegotiationEntry, String> {
}
