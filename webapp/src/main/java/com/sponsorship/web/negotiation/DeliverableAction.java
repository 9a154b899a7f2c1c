package com.sponsorship.web.negotiation;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.negotiation.ApproveDraftCommand;
import com.sponsorship.api.negotiation.DisputeDraftCommand;
import com.sponsorship.api.negotiation.PublishDeliverableCommand;
import com.sponsorship.api.negotiation.RequestChangesCommand;
import com.sponsorship.api.negotiation.SubmitDraftCommand;
import java.util.Arrays;

/**
 * What a party does to one deliverable, as the last segment of its route names it
 * ({@code /ad-requests/{id}/deliverables/{number}/{action}}, page and API alike), and the command it sends.
 */
enum DeliverableAction {
    /** The influencer submits a draft: url and note. */
    DRAFT("draft", "Draft submitted"),
    /** The sponsor approves the draft under review. */
    APPROVE("approve", "Draft approved"),
    /** The sponsor asks for changes: note. */
    REQUEST_CHANGES("request-changes", "Changes requested"),
    /** The influencer adds the live link: url. */
    LIVE("live", "Live link added"),
    /** The sponsor disputes the draft after the last change round: reason. */
    DISPUTE("dispute", "Draft disputed");

    /** The route segments, for the mappings' path pattern. */
    static final String PATTERN = "draft|approve|request-changes|live|dispute";

    private final String segment;
    private final String notice;

    DeliverableAction(String segment, String notice) {
        this.segment = segment;
        this.notice = notice;
    }

    static DeliverableAction of(String segment) {
        return Arrays.stream(values()).filter(action -> action.segment.equals(segment)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No deliverable action " + segment));
    }

    /** What the page tells after it succeeded. */
    String notice() {
        return notice;
    }

    Object command(String negotiationId, Actor actor, int number, DeliverableForm form) {
        return switch (this) {
            case DRAFT -> new SubmitDraftCommand(negotiationId, actor, number, form.getUrl(), form.getNote());
            case APPROVE -> new ApproveDraftCommand(negotiationId, actor, number);
            case REQUEST_CHANGES -> new RequestChangesCommand(negotiationId, actor, number, form.getNote());
            case LIVE -> new PublishDeliverableCommand(negotiationId, actor, number, form.getUrl());
            case DISPUTE -> new DisputeDraftCommand(negotiationId, actor, number, form.getReason());
        };
    }
}
