package com.sponsorship.api.negotiation;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One deliverable of an agreed deal, as its events left it.
 *
 * @param number       1..n, in the order of the agreed terms
 * @param draftUrl     the last draft submitted; null before any
 * @param draftNote    what the influencer wrote with it
 * @param changesNote  what the sponsor asked to change last; null before any change request
 * @param changeRounds how many times the sponsor asked for changes (at most {@link #MAX_CHANGE_ROUNDS})
 * @param reviewBy     when the draft under review is approved automatically; null unless {@link DeliverableStatus#SUBMITTED}
 *                     and not disputed
 * @param liveUrl      where it is published; null until {@link DeliverableStatus#LIVE}
 * @param disputeReason why the sponsor disputed the draft under review; null unless disputed (until approved)
 */
public record DeliverableProgress(int number, DeliverableKind kind, Integer count, String description,
                                  DeliverableStatus status, String draftUrl, String draftNote, String changesNote,
                                  int changeRounds, Instant reviewBy, String liveUrl, String disputeReason) {

    /** After this many change requests the sponsor can only approve or dispute the draft. */
    public static final int MAX_CHANGE_ROUNDS = 3;
    /** The sponsor's silence for this many days approves a draft. */
    public static final int REVIEW_DAYS = 5;

    /** The agreed terms' deliverables, numbered 1..n in order, none started; none without terms. */
    static List<DeliverableProgress> of(Terms terms) {
        if (terms == null || terms.deliverables() == null) {
            return List.of();
        }
        List<Deliverable> items = terms.deliverables();
        return IntStream.range(0, items.size()).mapToObj(i -> new DeliverableProgress(i + 1, items.get(i).kind(),
                items.get(i).count(), items.get(i).description(), DeliverableStatus.PENDING, null, null, null, 0, null,
                null, null)).toList();
    }

    /** What a {@link DeliverableEvent} about this deliverable does to it. */
    DeliverableProgress after(DeliverableEvent event) {
        if (event instanceof DraftSubmittedEvent e) {
            return new DeliverableProgress(number, kind, count, description, DeliverableStatus.SUBMITTED, e.url(),
                    e.note(), changesNote, changeRounds, e.reviewBy(), null, null);
        }
        if (event instanceof ChangesRequestedEvent e) {
            return new DeliverableProgress(number, kind, count, description, DeliverableStatus.CHANGES_REQUESTED,
                    draftUrl, draftNote, e.note(), changeRounds + 1, null, null, null);
        }
        if (event instanceof DeliverableDisputedEvent e) {
            return new DeliverableProgress(number, kind, count, description, status, draftUrl, draftNote, changesNote,
                    changeRounds, null, null, e.reason());
        }
        if (event instanceof DraftApprovedEvent) {
            return new DeliverableProgress(number, kind, count, description, DeliverableStatus.APPROVED, draftUrl,
                    draftNote, changesNote, changeRounds, null, null, null);
        }
        DeliverableLiveEvent live = (DeliverableLiveEvent) event;
        return new DeliverableProgress(number, kind, count, description, DeliverableStatus.LIVE, draftUrl, draftNote,
                changesNote, changeRounds, null, live.url(), null);
    }

    /** The influencer may submit a draft: none yet, or the sponsor asked for changes. */
    public boolean awaitsDraft() {
        return status == DeliverableStatus.PENDING || status == DeliverableStatus.CHANGES_REQUESTED;
    }

    /** The sponsor may still ask for changes to the draft under review. */
    public boolean changesAllowed() {
        return status == DeliverableStatus.SUBMITTED && changeRounds < MAX_CHANGE_ROUNDS;
    }

    /** The draft under review is disputed: it waits for the sponsor's approval, a cancellation or an admin. */
    public boolean disputed() {
        return disputeReason != null;
    }

    /** The sponsor may dispute the draft under review: every change round is used and it is not disputed yet. */
    public boolean disputable() {
        return status == DeliverableStatus.SUBMITTED && changeRounds >= MAX_CHANGE_ROUNDS && !disputed();
    }

    /** How a page names it: "2 × Instagram post: description". */
    public String summary() {
        return new Deliverable(kind, count, description).summary();
    }
}
