package com.sponsorship.query.admin;

import static com.sponsorship.query.Events.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.sponsorship.api.account.AccountErasedEvent;
import com.sponsorship.api.account.AccountFlagClearedEvent;
import com.sponsorship.api.account.AccountFlaggedEvent;
import com.sponsorship.api.account.AccountRemovedEvent;
import com.sponsorship.api.account.AuditorRegisteredEvent;
import com.sponsorship.api.admin.AdminAction;
import com.sponsorship.api.admin.AdminActionRecordedEvent;
import com.sponsorship.api.admin.AdminActionView;
import com.sponsorship.api.admin.FindAdminActionsQuery;
import com.sponsorship.api.campaign.CampaignClosedEvent;
import com.sponsorship.api.campaign.CampaignFlagClearedEvent;
import com.sponsorship.api.campaign.CampaignFlaggedEvent;
import com.sponsorship.api.campaign.CloseReason;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.DealCancelledEvent;
import com.sponsorship.api.negotiation.NegotiationCancelledEvent;
import com.sponsorship.query.Named;
import com.sponsorship.query.account.AccountEntryRepository;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;

/** The admin-actions log's rows from known events, kept in memory as the entity manager would keep them. */
class AdminActionProjectionTest {

    private static final Actor ADMIN = new Actor("admin-1", Role.ADMIN);
    private static final Actor SPONSOR = new Actor("s1", Role.SPONSOR);

    private final Map<String, AdminActionEntry> rows = new LinkedHashMap<>();
    private final AtomicLong position = new AtomicLong(100);
    private final AdminActionEntryRepository repository = mock(AdminActionEntryRepository.class);
    private final AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection());

    private AdminActionProjection projection() {
        EntityManager entityManager = mock(EntityManager.class);
        // the projection looks the event's id up before it persists its row: keep the row under that id
        String[] lookedUp = new String[1];
        when(entityManager.find(eq(AdminActionEntry.class), any())).thenAnswer(call -> {
            lookedUp[0] = call.getArgument(1);
            return rows.get(lookedUp[0]);
        });
        doAnswer(call -> rows.put(lookedUp[0], call.getArgument(0))).when(entityManager).persist(any());
        AccountEntryRepository accounts = mock(AccountEntryRepository.class);
        when(accounts.findNamesByIdIn(any())).thenReturn(List.of(named("admin-1", "Platform Admin")));
        return new AdminActionProjection(repository, entityManager, accounts);
    }

    private static Named named(String id, String name) {
        return new Named() {
            @Override
            public String getId() {
                return id;
            }

            @Override
            public String getName() {
                return name;
            }
        };
    }

    /** As the tracking processor hands it over: with its global position. */
    private EventMessage<?> tracked(String at, Object payload) {
        return new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(position.incrementAndGet()),
                event("Any", "a", 0, at, payload));
    }

    private void handle(EventMessage<?> message) throws Exception {
        handlers.handle(message);
    }

    private void handle(String at, Object payload) throws Exception {
        handle(tracked(at, payload));
    }

    private List<AdminActionView> views() {
        return rows.values().stream().map(row -> row.toView(null)).toList();
    }

    @Test
    void everyAdminActionIsOneRowWithAdminActionTargetAndReason() throws Exception {
        handle("2026-05-01T10:00:00Z", new AccountFlaggedEvent("s1", "Spam", ADMIN));
        handle("2026-05-01T10:01:00Z", new AccountFlagClearedEvent("s1", ADMIN, "Checked"));
        handle("2026-05-01T10:02:00Z", new AccountRemovedEvent("s1", Role.SPONSOR, ADMIN, "Fraud"));
        handle("2026-05-01T10:03:00Z", new AccountErasedEvent("s1", "Asked", ADMIN));
        handle("2026-05-01T10:04:00Z", new AuditorRegisteredEvent("au1", "Audit", "audit@example.com", ADMIN));
        handle("2026-05-01T10:05:00Z", new CampaignFlaggedEvent("c1", "Misleading", ADMIN));
        handle("2026-05-01T10:06:00Z", new CampaignFlagClearedEvent("c1", ADMIN, "Fixed"));
        handle("2026-05-01T10:07:00Z", new CampaignClosedEvent("c1", "s1", CloseReason.BY_ADMIN, ADMIN));
        handle("2026-05-01T10:08:00Z", new NegotiationCancelledEvent("n1", "Abuse", ADMIN));
        handle("2026-05-01T10:09:00Z", new DealCancelledEvent("n2", "c1", BigDecimal.TEN, "Dispute", ADMIN));
        handle("2026-05-01T10:10:00Z", new AdminActionRecordedEvent("admin-1", AdminAction.REBUILD, null, "All", ADMIN));
        handle("2026-05-01T10:11:00Z", new AdminActionRecordedEvent("admin-1", AdminAction.RETRY_DEAD_LETTERS,
                "campaigns", "Fixed", ADMIN));

        assertThat(views()).extracting(AdminActionView::adminId, AdminActionView::action, AdminActionView::targetId,
                AdminActionView::reason).containsExactly(
                tuple("admin-1", AdminAction.FLAG_ACCOUNT, "s1", "Spam"),
                tuple("admin-1", AdminAction.CLEAR_ACCOUNT_FLAG, "s1", "Checked"),
                tuple("admin-1", AdminAction.REMOVE_ACCOUNT, "s1", "Fraud"),
                tuple("admin-1", AdminAction.ERASE_ACCOUNT, "s1", "Asked"),
                tuple("admin-1", AdminAction.CREATE_AUDITOR, "au1", null),
                tuple("admin-1", AdminAction.FLAG_CAMPAIGN, "c1", "Misleading"),
                tuple("admin-1", AdminAction.CLEAR_CAMPAIGN_FLAG, "c1", "Fixed"),
                tuple("admin-1", AdminAction.CLOSE_CAMPAIGN, "c1", "Closed by an admin"),
                tuple("admin-1", AdminAction.CANCEL_NEGOTIATION, "n1", "Abuse"),
                tuple("admin-1", AdminAction.END_DISPUTED_DEAL, "n2", "Dispute"),
                tuple("admin-1", AdminAction.REBUILD, null, "All"),
                tuple("admin-1", AdminAction.RETRY_DEAD_LETTERS, "campaigns", "Fixed"));
        assertThat(views().get(0).at()).hasToString("2026-05-01T10:00:00Z");
    }

    @Test
    void theSameEventsByThePlatformOrAPersonAreNoAdminAction() throws Exception {
        handle("2026-05-01T10:00:00Z", new AccountErasedEvent("s1", "My own wish", SPONSOR));
        handle("2026-05-01T10:00:00Z", new AccountRemovedEvent("s1", Role.SPONSOR, SPONSOR, "My own wish"));
        handle("2026-05-01T10:01:00Z", new CampaignClosedEvent("c1", "s1", CloseReason.BY_SPONSOR, SPONSOR));
        handle("2026-05-01T10:02:00Z", new NegotiationCancelledEvent("n1", "Campaign closed", Actor.SYSTEM));
        handle("2026-05-01T10:03:00Z", new DealCancelledEvent("n2", "c1", BigDecimal.TEN, "Agreed", SPONSOR));

        assertThat(rows).isEmpty();
    }

    @Test
    void anEventHandedOverAgainIsNotRecordedTwice() throws Exception {
        EventMessage<?> flagged = tracked("2026-05-01T10:00:00Z", new AccountFlaggedEvent("s1", "Spam", ADMIN));
        handle(flagged);
        handle(flagged);

        assertThat(rows).hasSize(1);
    }

    @Test
    void aReplayedEventKeepsItsGlobalPosition() throws Exception {
        DomainEventMessage<?> message = event("Any", "a", 0, "2026-05-01T10:00:00Z",
                new AccountFlaggedEvent("s1", "Spam", ADMIN));
        handle(new GenericTrackedDomainEventMessage<>(ReplayToken.createReplayToken(
                new GlobalSequenceTrackingToken(99), new GlobalSequenceTrackingToken(42)), message));

        assertThat(rows.values().iterator().next()).extracting("position").isEqualTo(42L);
    }

    @Test
    void aPageNamesItsAdminsFromTheAccountsReadModel() throws Exception {
        handle("2026-05-01T10:00:00Z", new AccountFlaggedEvent("s1", "Spam", ADMIN));
        when(repository.findAll(any(Specification.class), any(Pageable.class)))
                .thenAnswer(call -> new PageImpl<>(List.copyOf(rows.values()), call.getArgument(1), rows.size()));

        var page = projection().handle(new FindAdminActionsQuery(null, null, null, null, new PageRequest(0, 20)));

        assertThat(page.content()).extracting(AdminActionView::adminName, AdminActionView::action)
                .containsExactly(tuple("Platform Admin", AdminAction.FLAG_ACCOUNT));
        assertThat(page.page().totalElements()).isEqualTo(1);
    }
}
