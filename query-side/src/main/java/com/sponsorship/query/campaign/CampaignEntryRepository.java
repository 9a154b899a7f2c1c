package com.sponsorship.query.campaign;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import com.sponsorship.api.campaign.CampaignStatus;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Visibility;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CampaignEntryRepository extends JpaRepository<CampaignEntry, String> {

    Page<CampaignEntry> findBySponsorId(String sponsorId, Pageable pageable);

    /** {@code namePattern} is a lower-case LIKE pattern ("%" for any name); a null category means any. */
    @Query("""
            select c from CampaignEntry c
            where c.visibility = :visibility and c.status = :status and c.flagged = false
              and lower(c.name) like :namePattern and (:category is null or c.category = :category)""")
    Page<CampaignEntry> search(@Param("visibility") Visibility visibility, @Param("status") CampaignStatus status,
                               @Param("namePattern") String namePattern, @Param("category") Category category,
                               Pageable pageable);
}
