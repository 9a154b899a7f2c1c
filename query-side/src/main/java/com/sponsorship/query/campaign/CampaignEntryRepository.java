package com.sponsorship.query.campaign;

import com.sponsorship.query.Named;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CampaignEntryRepository extends JpaRepository<CampaignEntry, String>,
        JpaSpecificationExecutor<CampaignEntry> {

    Page<CampaignEntry> findBySponsorId(String sponsorId, Pageable pageable);

    /** The names of these campaigns (those that exist), for other read models' pages. */
    List<Named> findNamesByIdIn(Collection<String> ids);
}
