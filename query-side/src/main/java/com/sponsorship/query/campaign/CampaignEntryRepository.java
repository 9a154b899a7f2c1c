package com.sponsorship.query.campaign;

import com.sponsorship.api.campaign.CampaignStatus;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Visibility;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CampaignEntryRepository extends JpaRepository<CampaignEntry, String> {

    Page<CampaignEntry> findBySponsorId(String sponsorId, Pageable pageable);

    /**
     * Campaigns influencers may find: {@code namePattern} is a lower-case LIKE pattern ("%" for any
     * name); a null category means any. The page's rows and its total are two queries, so that the
     * total can be remembered (see ReadModelCounts).
     */
    String SEARCH = """
            from CampaignEntry c
            where c.visibility = :visibility and c.status = :status and c.flagged = false
              and lower(c.name) like :namePattern and (:category is null or c.category = :category)""";

    @Query("select c " + SEARCH)
    List<CampaignEntry> search(@Param("visibility") Visibility visibility, @Param("status") CampaignStatus status,
                               @Param("namePattern") String namePattern, @Param("category") Category category,
                               Pageable pageable);

    String COUNT_SEARCH = "select count(c) " + SEARCH;

    @Query(COUNT_SEARCH)
    long countSearch(@Param("visibility") Visibility visibility, @Param("status") CampaignStatus status,
                     @Param("namePattern") String namePattern, @Param("category") Category category);
}
