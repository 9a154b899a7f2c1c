package com.sponsorship.query.delivery;

import com.sponsorship.api.negotiation.DeliverableStatus;
import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DeliveryEntryRepository extends JpaRepository<DeliveryEntry, DeliveryEntry.Key> {

    /** An influencer's deliverables in these statuses, due soonest first (no due date last). */
    @Query(value = "select d from DeliveryEntry d where d.influencerId = :account and d.status in :statuses"
            + " order by d.dueDate asc nulls last, d.negotiationId, d.number",
            countQuery = "select count(d) from DeliveryEntry d where d.influencerId = :account and d.status in :statuses")
    Page<DeliveryEntry> toDeliver(@Param("account") String influencerId,
                                  @Param("statuses") Collection<DeliverableStatus> statuses, Pageable page);

    /** A sponsor's deliverables in these statuses, the oldest draft submission first (none last). */
    @Query(value = "select d from DeliveryEntry d where d.sponsorId = :account and d.status in :statuses"
            + " order by d.submittedAt asc nulls last, d.negotiationId, d.number",
            countQuery = "select count(d) from DeliveryEntry d where d.sponsorId = :account and d.status in :statuses")
    Page<DeliveryEntry> toReview(@Param("account") String sponsorId,
                                 @Param("statuses") Collection<DeliverableStatus> statuses, Pageable page);
}
