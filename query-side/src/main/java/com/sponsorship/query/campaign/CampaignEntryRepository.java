package com.sponsorship.query.campaign;

import com.sponsorship.query.Named;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CampaignEntryRepository extends JpaRepository<CampaignEntry, String>,
        JpaSpecificationExecutor<CampaignEntry> {

    Page<CampaignEntry> findBySponsorId(String sponsorId, Pageable pageable);

    /** The ids of a sponsor's campaigns, the earliest created first. */
    @Query("select c.id from CampaignEntry c where c.sponsorId = :sponsorId order by c.createdAt, c.id")
    List<String> findIdsBySponsorId(@Param("sponsorId") String sponsorId);

    /** The names of these campaigns (those that exist), for other read models' pages. */
    List<Named> findNamesByIdIn(Collection<String> ids);
}
