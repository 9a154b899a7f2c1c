package com.sponsorship.query.delivery;

import com.sponsorship.api.negotiation.DeliverableEvent;
import com.sponsorship.api.negotiation.DeliverableKind;
import com.sponsorship.api.negotiation.DeliverableProgress;
import com.sponsorship.api.negotiation.DeliverableStatus;
import com.sponsorship.api.negotiation.DeliveryView;
import com.sponsorship.api.negotiation.DraftSubmittedEvent;
import com.sponsorship.api.negotiation.NegotiationState;
import com.sponsorship.api.negotiation.NegotiationStatus;
import com.sponsorship.api.negotiation.Terms;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One deliverable of an agreed deal, as its events left it. What an event does to it, and whether
 * it is overdue, is asked of {@link NegotiationState} (a state holding just this deliverable), the
 * one place that says so; the notes of drafts and reviews are not kept (the deliverable's page shows them).
 */
@Entity
@Table(name = "delivery_view")
@IdClass(DeliveryEntry.Key.class)
public class DeliveryEntry {

    /** A deliverable's identity: its deal and its number there (1..n). */
    public record Key(String negotiationId, int number) implements Serializable {

        /** For JPA. */
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "negotiation_id")
    private String negotiationId;
    @Id
    private int number;
    @Column(name = "campaign_id", nullable = false)
    private String campaignId;
    @Column(name = "sponsor_id", nullable = false)
    private String sponsorId;
    @Column(name = "influencer_id", nullable = false)
    private String influencerId;
    @Enumerated(EnumType.STRING)
    private DeliverableKind kind;
    @Column(name = "item_count")
    private Integer count;
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliverableStatus status;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Column(name = "draft_url")
    private String draftUrl;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "review_by")
    private Instant reviewBy;
    @Column(name = "live_url")
    private String liveUrl;
    @Column(name = "change_rounds", nullable = false)
    private int changeRounds;

    protected DeliveryEntry() {
    }

    /** A deliverable of the deal as {@code agreed} (the state right after the agreement) numbers it. */
    DeliveryEntry(String negotiationId, NegotiationState agreed, DeliverableProgress item) {
        this.negotiationId = negotiationId;
        this.number = item.number();
        this.campaignId = agreed.campaignId();
        this.sponsorId = agreed.sponsorId();
        this.influencerId = agreed.influencerId();
        this.dueDate = agreed.terms() == null ? null : agreed.terms().dueDate();
        this.kind = item.kind();
        this.count = item.count();
        this.description = item.description();
        take(item);
    }

    /** What the event, which happened {@code at}, does to this deliverable. */
    void after(DeliverableEvent event, Instant at) {
        take(alone().apply(event).deliverable(number).orElseThrow());
        if (event instanceof DraftSubmittedEvent) {
            this.submittedAt = at;
        }
    }

    boolean overdue(LocalDate today) {
        return status != DeliverableStatus.LIVE && NegotiationState.pastDue(dueDate, today);
    }

    private void take(DeliverableProgress item) {
        this.status = item.status();
        this.draftUrl = item.draftUrl();
        this.changeRounds = item.changeRounds();
        this.reviewBy = item.reviewBy();
        this.liveUrl = item.liveUrl();
    }

    /** The agreed deal as if this were its only deliverable. */
    private NegotiationState alone() {
        DeliverableProgress item = new DeliverableProgress(number, kind, count, description, status, draftUrl, null,
                null, changeRounds, reviewBy, liveUrl, null);
        return new NegotiationState(campaignId, sponsorId, influencerId, null, NegotiationStatus.AGREED, true,
                new Terms(List.of(), dueDate, 0, 0), null, List.of(), List.of(item), null);
    }

    String campaignId() {
        return campaignId;
    }

    String sponsorId() {
        return sponsorId;
    }

    String influencerId() {
        return influencerId;
    }

    /** The deliverable with the names of its campaign and parties ({@code names} by id; a missing one stays null). */
    DeliveryView toView(LocalDate today, Map<String, String> campaignNames, Map<String, String> accountNames) {
        return new DeliveryView(negotiationId, number, kind, count, description, status, dueDate, overdue(today),
                campaignId, campaignNames.get(campaignId), sponsorId, accountNames.get(sponsorId), influencerId,
                accountNames.get(influencerId), draftUrl, submittedAt, reviewBy, liveUrl, changeRounds);
    }
}
