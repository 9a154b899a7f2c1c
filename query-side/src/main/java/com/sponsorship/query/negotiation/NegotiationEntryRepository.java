package com.sponsorship.query.negotiation;

import com.sponsorship.api.negotiation.NegotiationStatus;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NegotiationEntryRepository extends JpaRepository<NegotiationEntry, String>,
        JpaSpecificationExecutor<NegotiationEntry> {

    /** The ids of an influencer's negotiations in one of these statuses, the earliest opened first. */
    @Query("select n.id from NegotiationEntry n where n.influencerId = :influencerId and n.status in :statuses"
            + " order by n.openedAt, n.id")
    List<String> findIdsByInfluencerAndStatusIn(@Param("influencerId") String influencerId,
                                                @Param("statuses") List<NegotiationStatus> statuses);

    /** The ids of the negotiations an account is party to, as sponsor or influencer, the earliest opened first. */
    @Query("select n.id from NegotiationEntry n where n.sponsorId = :accountId or n.influencerId = :accountId"
            + " order by n.openedAt, n.id")
    List<String> findIdsByParty(@Param("accountId") String accountId);
}
