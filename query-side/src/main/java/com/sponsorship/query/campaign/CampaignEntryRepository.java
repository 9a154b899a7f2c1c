package com.sponsorship.query.campaign;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignEntryRepository extends JpaRepository<CampaignEntry, String> {

    Page<CampaignEntry> findBySponsorId(String sponsorId, Pageable pageable);
}
