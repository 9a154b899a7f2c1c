package com.sponsorship.query.admin;

import com.sponsorship.api.account.AccountErasedEvent;
import com.sponsorship.api.account.AccountFlagClearedEvent;
import com.sponsorship.api.account.AccountFlaggedEvent;
import com.sponsorship.api.account.AccountRemovedEvent;
import com.sponsorship.api.account.AuditorRegisteredEvent;
import com.sponsorship.api.admin.AdminAction;
import com.sponsorship.api.admin.AdminActionPage;
import com.sponsorship.api.admin.AdminActionRecordedEvent;
import com.sponsorship.api.admin.AdminActionView;
import com.sponsorship.api.admin.FindAdminActionsQuery;
import com.sponsorship.api.campaign.CampaignClosedEvent;
import com.sponsorship.api.campaign.CampaignFlagClearedEvent;
import com.sponsorship.api.campaign.CampaignFlaggedEvent;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.PageInfo;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.DealCancelledEvent;
import com.sponsorship.api.negotiation.NegotiationCancelledEvent;
import com.sponsorship.query.Named;
import com.sponsorship.query.Pages;
import com.sponsorship.query.SearchFilters;
import com.sponsorship.query.account.AccountEntryRepository;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The admin-actions log: every event an admin caused (flags, clears, removal, erasure, campaign
 * closing, auditor creation, cancellations, and the upkeep of {@link AdminActionRecordedEvent}),
 * one row per event, keyed by the event's id. Only events whose actor is an admin count: the same
 * events sent by the platform or a person are not moderation. Names are looked up in the accounts
 * read model when read, never copied, so an erased admin's name is gone here too.
 */
@Component
@ProcessingGroup(AdminActionProjection.PROCESSING_GROUP)
public class AdminActionProjection {

    public static final String PROCESSING_GROUP = "admin-actions";
    /** Newest first; of events at the same moment, the later stored first. */
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("at"), Sort.Order.desc("position"));

    private final AdminActionEntryRepository actions;
    private final EntityManager entityManager;
    private final AccountEntryRepository accounts;

    AdminActionProjection(AdminActionEntryRepository actions, EntityManager entityManager,
                                 AccountEntryRepository accounts) {
        this.actions = actions;
        this.entityManager = entityManager;
        this.accounts = accounts;
    }

    @EventHandler
    void on(AccountFlaggedEvent event, @MessageIdentifier String id, TrackingToken token, @Timestamp Instant at) {
        add(id, token, at, event.actor(), AdminAction.FLAG_ACCOUNT, event.accountId(), event.reason());
    }

    @EventHandler
    void on(AccountFlagClearedEvent event, @MessageIdentifier String id, TrackingToken token, @Timestamp Instant at) {
        add(id, token, at, event.actor(), AdminAction.CLEAR_ACCOUNT_FLAG, event.accountId(),
                event.reason());
    }

    @EventHandler
    void on(AccountRemovedEvent event, @MessageIdentifier String id, TrackingToken token, @Timestamp Instant at) {
        add(id, token, at, event.actor(), AdminAction.REMOVE_ACCOUNT, event.accountId(), event.reason());
    }

    @EventHandler
    void on(AccountErasedEvent event, @MessageIdentifier String id, TrackingToken token, @Timestamp Instant at) {
        add(id, token, at, event.actor(), AdminAction.ERASE_ACCOUNT, event.accountId(), event.reason());
    }

    @EventHandler
    void on(AuditorRegisteredEvent event, @MessageIdentifier String id, TrackingToken token, @Timestamp Instant at) {
        add(id, token, at, event.actor(), AdminAction.CREATE_AUDITOR, event.accountId(), null);
    }

    @EventHandler
    void on(CampaignFlaggedEvent event, @MessageIdentifier String id, TrackingToken token, @Timestamp Instant at) {
        add(id, token, at, event.actor(), AdminAction.FLAG_CAMPAIGN, event.campaignId(), event.reason());
    }

    @EventHandler
    void on(CampaignFlagClearedEvent event, @MessageIdentifier String id, TrackingToken token, @Timestamp Instant at) {
        add(id, token, at, event.actor(), AdminAction.CLEAR_CAMPAIGN_FLAG, event.campaignId(),
                event.reason());
    }

    @EventHandler
    void on(CampaignClosedEvent event, @MessageIdentifier String id, TrackingToken token, @Timestamp Instant at) {
        add(id, token, at, event.actor(), AdminAction.CLOSE_CAMPAIGN, event.campaignId(),
                event.reason() == null ? null : event.reason().description());
    }

    @EventHandler
    void on(NegotiationCancelledEvent event, @MessageIdentifier String id, TrackingToken token, @Timestamp Instant at) {
        add(id, token, at, event.actor(), AdminAction.CANCEL_NEGOTIATION, event.negotiationId(),
                event.reason());
    }

    @EventHandler
    void on(DealCancelledEvent event, @MessageIdentifier String id, TrackingToken token, @Timestamp Instant at) {
        add(id, token, at, event.actor(), AdminAction.END_DISPUTED_DEAL, event.negotiationId(),
                event.reason());
    }

    @EventHandler
    void on(AdminActionRecordedEvent event, @MessageIdentifier String id, TrackingToken token, @Timestamp Instant at) {
        add(id, token, at, event.actor(), event.action(), event.targetId(), event.reason());
    }

    /** Adds the row unless the actor is not an admin or the event is already there (handling is idempotent). */
    private void add(String eventId, TrackingToken token, Instant at, Actor actor, AdminAction action, String targetId,
                     String reason) {
        if (!actor.is(Role.ADMIN) || entityManager.find(AdminActionEntry.class, eventId) != null) {
            return;
        }
        Long position = token.position().isPresent() ? token.position().getAsLong() : null;
        entityManager.persist(new AdminActionEntry(eventId, position, at, actor.accountId(), action, targetId, reason));
    }

    /** A page of the log, newest first, or every row when the query names no page (the CSV export). */
    @QueryHandler
    public AdminActionPage handle(FindAdminActionsQuery query) {
        SearchFilters<AdminActionEntry> search = new SearchFilters<AdminActionEntry>("admin-actions")
                .with("action", query.action(), SearchFilters.equal("action"))
                .with("admin", query.adminId(), SearchFilters.equal("adminId"))
                .with("from", query.from(), SearchFilters.atLeast("at"))
                .with("to", query.to(), SearchFilters.before("at"));
        if (query.page() == null) {
            List<AdminActionEntry> rows = actions.findAll(search.specification(), NEWEST_FIRST);
            return new AdminActionPage(views(rows), PageInfo.of(0, rows.size(), rows.size()));
        }
        Page<AdminActionEntry> page = actions.findAll(search.specification(), Pages.pageable(query.page(), NEWEST_FIRST));
        return new AdminActionPage(views(page.getContent()), Pages.info(query.page(), page.getTotalElements()));
    }

    /** The rows with their admins' names: one query for the page's admins. */
    private List<AdminActionView> views(List<AdminActionEntry> rows) {
        Map<String, String> names = Named.byId(accounts.findNamesByIdIn(
                rows.stream().map(AdminActionEntry::getAdminId).distinct().toList()));
        return rows.stream().map(row -> row.toView(names.get(row.getAdminId()))).toList();
    }
}
