package com.sponsorship.query.account;

import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Role;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountEntryRepository extends JpaRepository<AccountEntry, String> {

    Page<AccountEntry> findByRole(Role role, Pageable pageable);

    /**
     * Influencers sponsors may pick: {@code namePattern} is a lower-case LIKE pattern ("%" for any
     * name); a null category means any. The page's rows and its total are two queries, so that the
     * total can be remembered (see ReadModelCounts).
     */
    String INFLUENCERS = """
            from AccountEntry a
            where a.role = com.sponsorship.api.common.Role.INFLUENCER and a.flagged = false and a.removed = false
              and lower(a.name) like :namePattern and (:category is null or a.category = :category)""";

    @Query("select a " + INFLUENCERS)
    List<AccountEntry> searchInfluencers(@Param("namePattern") String namePattern,
                                         @Param("category") Category category, Pageable pageable);

    String COUNT_INFLUENCERS = "select count(a) " + INFLUENCERS;

    @Query(COUNT_INFLUENCERS)
    long countInfluencers(@Param("namePattern") String namePattern, @Param("category") Category category);
}
