package com.sponsorship.query.negotiation;

import com.sponsorship.api.negotiation.AdRequestEditedEvent;
import com.sponsorship.api.negotiation.AdRequestOpenedEvent;
import com.sponsorship.api.campaign.CampaignStatus;
import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.common.Visibility;
import com.sponsorship.api.negotiation.CounterOfferMadeEvent;
import com.sponsorship.api.negotiation.FindNegotiationQuery;
import com.sponsorship.api.negotiation.FindNegotiationsQuery;
import com.sponsorship.api.negotiation.FindOpenAdRequestsQuery;
import com.sponsorship.api.negotiation.InfluencerAppliedEvent;
import com.sponsorship.api.negotiation.NegotiationEvent;
import com.sponsorship.api.negotiation.NegotiationFilters;
import com.sponsorship.api.negotiation.NegotiationPage;
import com.sponsorship.api.negotiation.NegotiationState;
import com.sponsorship.api.negotiation.NegotiationStatus;
import com.sponsorship.api.negotiation.NegotiationView;
import com.sponsorship.query.Named;
import com.sponsorship.query.Pages;
import com.sponsorship.query.ProjectionRows;
import com.sponsorship.query.ReadModelCounts;
import com.sponsorship.query.SearchFilters;
import com.sponsorship.query.account.AccountEntry;
import com.sponsorship.query.account.AccountEntryRepository;
import com.sponsorship.query.campaign.CampaignEntry;
import com.sponsorship.query.campaign.CampaignEntryRepository;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The ad requests read model: each negotiation's current terms and status, and its lists and
 * details with the names a page shows. Names come from the campaign and account read models at
 * query time, so a rename shows everywhere at once; while those are being rebuilt a name may
 * briefly be missing.
 */
@Component
@ProcessingGroup(NegotiationProjection.PROCESSING_GROUP)
public class NegotiationProjection {

    public static final String PROCESSING_GROUP = "negotiations";
    static final Sort RECENTLY_CHANGED_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("id"));
    /** With a date range: the range and the order then use one index (by last change, it would scan most of the table). */
    static final Sort RECENTLY_OPENED_FIRST = Sort.by(Sort.Order.desc("openedAt"), Sort.Order.asc("id"));

    private final NegotiationEntryRepository negotiations;
    private final ProjectionRows<NegotiationEntry> rows;
    private final CampaignEntryRepository campaigns;
    private final AccountEntryRepository accounts;
    private final ReadModelCounts counts;

    public NegotiationProjection(NegotiationEntryRepository negotiations, EntityManager entityManager,
                                 CampaignEntryRepository campaigns, AccountEntryRepository accounts,
                                 ReadModelCounts counts) {
        this.negotiations = negotiations;
        this.rows = new ProjectionRows<>(negotiations, entityManager, "Negotiation");
        this.campaigns = campaigns;
        this.accounts = accounts;
        this.counts = counts;
    }

    @EventHandler
    void on(AdRequestOpenedEvent event, @Timestamp Instant at) {
        rows.insert(new NegotiationEntry(event.negotiationId(), NegotiationState.initial().apply(event), event.message(),
                event.requirements(), at));
    }

    @EventHandler
    void on(AdRequestEditedEvent event, @Timestamp Instant at) {
        rows.update(event.negotiationId(), n -> {
            n.edit(event.paymentAmount(), event.message(), event.requirements());
            n.advance(event, at);
        });
    }

    @EventHandler
    void on(InfluencerAppliedEvent event, @Timestamp Instant at) {
        rows.update(event.negotiationId(), n -> {
            n.assignInfluencer(event.influencerId());
            n.offer(event.paymentAmount(), event.message());
            n.putOnTable(event.terms(), event.answerBy());
            n.advance(event, at);
        });
    }

    @EventHandler
    void on(CounterOfferMadeEvent event, @Timestamp Instant at) {
        rows.update(event.negotiationId(), n -> {
            n.offer(event.paymentAmount(), event.message());
            n.putOnTable(event.terms(), event.answerBy());
            n.advance(event, at);
        });
    }

    /** The rest (agreed, rejected, withdrawn, cancelled, expired) change only the status: Axon calls the most specific handler. */
    @EventHandler
    void on(NegotiationEvent event, @Timestamp Instant at) {
        rows.update(event.negotiationId(), n -> n.advance(event, at));
    }

    @QueryHandler
    public Optional<NegotiationView> handle(FindNegotiationQuery query) {
        return views(negotiations.findById(query.negotiationId()).stream().toList()).stream().findFirst();
    }

    /**
     * The caller's scope, then each search filter that is present, narrows the list; most recently
     * changed first, or most recently opened first when a date range is given.
     */
    @QueryHandler
    public NegotiationPage handle(FindNegotiationsQuery query) {
        return page(search(query), order(query.filters()), query.page());
    }

    static Sort order(NegotiationFilters filters) {
        boolean dateRange = filters.openedFrom() != null || filters.openedTo() != null;
        return dateRange ? RECENTLY_OPENED_FIRST : RECENTLY_CHANGED_FIRST;
    }

    /** Open requests of public, open, unflagged campaigns: what any influencer may apply to. */
    @QueryHandler
    public NegotiationPage handle(FindOpenAdRequestsQuery query) {
        return page(new SearchFilters<NegotiationEntry>("open-ad-requests")
                .always(SearchFilters.<NegotiationEntry>equal("status").apply(NegotiationStatus.OPEN))
                .always(SearchFilters.idIn("campaignId", CampaignEntry.class, (campaign, where) -> where.and(
                        where.equal(campaign.get("visibility"), Visibility.PUBLIC),
                        where.equal(campaign.get("status"), CampaignStatus.OPEN),
                        where.isFalse(campaign.get("flagged"))))),
                RECENTLY_OPENED_FIRST, query.page());
    }

    /**
     * The conditions of a search. Names are matched as {@code id in (select id from campaign_view or
     * account_view where lower(name) like ...)}, which uses the trigram indexes on names and then the
     * negotiations' indexes on the matching ids.
     */
    static SearchFilters<NegotiationEntry> search(FindNegotiationsQuery query) {
        NegotiationFilters filters = query.filters();
        String campaign = filters.campaign() == null || filters.campaign().isBlank() ? null : filters.campaign().trim();
        return new SearchFilters<NegotiationEntry>("negotiations")
                .with("sponsorId", query.sponsorId(), SearchFilters.equal("sponsorId"))
                .with("influencerId", query.influencerId(), SearchFilters.equal("influencerId"))
                .with("campaignId", query.campaignId(), SearchFilters.equal("campaignId"))
                .with("status", filters.status(), SearchFilters.equal("status"))
                .with("sponsorName", SearchFilters.containing(filters.sponsorName()),
                        pattern -> SearchFilters.idIn("sponsorId", AccountEntry.class, SearchFilters.likes("name", pattern)))
                .with("influencerName", SearchFilters.containing(filters.influencerName()),
                        pattern -> SearchFilters.idIn("influencerId", AccountEntry.class,
                                SearchFilters.likes("name", pattern)))
                .with("openedFrom", startOfDay(filters.openedFrom()), SearchFilters.atLeast("openedAt"))
                .with("openedBefore", startOfDay(filters.openedTo() == null ? null : filters.openedTo().plusDays(1)),
                        SearchFilters.before("openedAt"))
                .with("campaign", campaign, id -> SearchFilters.idIn("campaignId", CampaignEntry.class,
                        (row, where) -> where.or(where.equal(row.get("id"), id),
                                SearchFilters.<CampaignEntry>likes("name", Pages.containsPattern(id)).toPredicate(row, where))));
    }

    private NegotiationPage page(SearchFilters<NegotiationEntry> search, Sort order, PageRequest request) {
        List<NegotiationView> content = views(search.page(negotiations, request, order));
        return new NegotiationPage(content, Pages.info(request, search.total(negotiations, counts)));
    }

    /** The rows with their names: one query for the campaigns', one for the accounts'. */
    private List<NegotiationView> views(List<NegotiationEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<String, String> campaignNames = Named.byId(campaigns.findNamesByIdIn(
                entries.stream().map(NegotiationEntry::campaignId).distinct().toList()));
        Map<String, String> accountNames = Named.byId(accounts.findNamesByIdIn(entries.stream()
                .flatMap(entry -> Stream.of(entry.sponsorId(), entry.influencerId())).filter(Objects::nonNull)
                .distinct().toList()));
        return entries.stream().map(entry -> entry.toView(campaignNames, accountNames)).toList();
    }

    static Instant startOfDay(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
