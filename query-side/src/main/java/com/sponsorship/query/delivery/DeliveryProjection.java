package com.sponsorship.query.delivery;

import com.sponsorship.api.negotiation.AdRequestOpenedEvent;
import com.sponsorship.api.negotiation.CounterOfferMadeEvent;
import com.sponsorship.api.negotiation.DeliverableEvent;
import com.sponsorship.api.negotiation.DeliverableStatus;
import com.sponsorship.api.negotiation.DeliveryPage;
import com.sponsorship.api.negotiation.DeliveryView;
import com.sponsorship.api.negotiation.FindDeliveriesQuery;
import com.sponsorship.api.negotiation.InfluencerAppliedEvent;
import com.sponsorship.api.negotiation.NegotiationAgreedEvent;
import com.sponsorship.api.negotiation.NegotiationEvent;
import com.sponsorship.api.negotiation.NegotiationState;
import com.sponsorship.api.negotiation.NegotiationStatus;
import com.sponsorship.api.negotiation.Terms;
import com.sponsorship.query.Named;
import com.sponsorship.query.Pages;
import com.sponsorship.query.ProjectionRows;
import com.sponsorship.query.account.AccountEntryRepository;
import com.sponsorship.query.campaign.CampaignEntryRepository;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The deliveries read model: every deliverable of an agreed (or completed) deal, for the
 * influencer's "To deliver" and the sponsor's "To review" queues. Until a negotiation concludes it
 * keeps the terms on the table, because an agreement stored before terms existed names none and
 * agrees to those. A deal that ends otherwise (cancelled) drops its deliverables. Names come from
 * the campaign and account read models at query time, as for the ad requests.
 */
@Component
@ProcessingGroup(DeliveryProjection.PROCESSING_GROUP)
public class DeliveryProjection {

    public static final String PROCESSING_GROUP = "deliveries";
    /** What an influencer still has to do something about, by default: every status but LIVE. */
    static final List<DeliverableStatus> TO_DELIVER = List.of(DeliverableStatus.PENDING,
            DeliverableStatus.CHANGES_REQUESTED, DeliverableStatus.APPROVED, DeliverableStatus.SUBMITTED);
    static final List<DeliverableStatus> TO_REVIEW = List.of(DeliverableStatus.SUBMITTED);

    private final DeliveryEntryRepository deliveries;
    private final DeliveryOfferRepository offerRows;
    private final ProjectionRows<DeliveryOffer> offers;
    private final EntityManager entityManager;
    private final CampaignEntryRepository campaigns;
    private final AccountEntryRepository accounts;
    private final Clock clock;

    @Autowired
    DeliveryProjection(DeliveryEntryRepository deliveries, DeliveryOfferRepository offers, EntityManager entityManager,
                       CampaignEntryRepository campaigns, AccountEntryRepository accounts) {
        this(deliveries, offers, entityManager, campaigns, accounts, Clock.systemUTC());
    }

    DeliveryProjection(DeliveryEntryRepository deliveries, DeliveryOfferRepository offers, EntityManager entityManager,
                       CampaignEntryRepository campaigns, AccountEntryRepository accounts, Clock clock) {
        this.deliveries = deliveries;
        this.offerRows = offers;
        this.offers = new ProjectionRows<>(offers, entityManager, "Negotiation");
        this.entityManager = entityManager;
        this.campaigns = campaigns;
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventHandler
    void on(AdRequestOpenedEvent event) {
        offers.insert(new DeliveryOffer(event.negotiationId(), event.terms()));
    }

    @EventHandler
    void on(InfluencerAppliedEvent event) {
        offers.update(event.negotiationId(), offer -> offer.offer(event.terms()));
    }

    @EventHandler
    void on(CounterOfferMadeEvent event) {
        offers.update(event.negotiationId(), offer -> offer.offer(event.terms()));
    }

    /** The deliverables as {@link NegotiationState} numbers them from the terms agreed (or, if it names none, on the table). */
    @EventHandler
    void on(NegotiationAgreedEvent event) {
        Terms onTable = offerRows.findById(event.negotiationId()).map(DeliveryOffer::terms).orElse(null);
        NegotiationState agreed = new NegotiationState(event.campaignId(), event.sponsorId(), event.influencerId(),
                null, null, true, onTable, null, List.of()).apply(event);
        agreed.deliverables().forEach(item ->
                entityManager.persist(new DeliveryEntry(event.negotiationId(), agreed, item)));
        offerRows.deleteById(event.negotiationId());
    }

    /**
     * Any deliverable event, including kinds added later: {@link NegotiationState} says what it does
     * (an event about a deliverable the read model does not have changes nothing).
     */
    @EventHandler
    void on(DeliverableEvent event, @Timestamp Instant at) {
        DeliveryEntry item = entityManager.find(DeliveryEntry.class,
                new DeliveryEntry.Key(event.negotiationId(), event.number()));
        if (item != null) {
            item.after(event, at);
        }
    }

    /**
     * The rest (edits, payments, completion, rejection, withdrawal, expiry, cancellation): one that
     * ends the negotiation otherwise than as a deal drops its offer and its deliverables.
     */
    @EventHandler
    void on(NegotiationEvent event) {
        NegotiationStatus after = NegotiationState.statusAfter(NegotiationStatus.AGREED, event);
        if (after.isConcluded() && !after.isDeal()) {
            offerRows.findById(event.negotiationId()).ifPresent(offerRows::delete);
            removeDeliverables(event.negotiationId());
        }
    }

    /**
     * By key, 1, 2, ... up to the first missing number (they are numbered without holes): a query would
     * flush the whole batch's rows first, once per event (42 % of this read model's rebuild on LARGE).
     */
    private void removeDeliverables(String negotiationId) {
        DeliveryEntry item;
        for (int number = 1; (item = entityManager.find(DeliveryEntry.class,
                new DeliveryEntry.Key(negotiationId, number))) != null; number++) {
            entityManager.remove(item);
        }
    }

    /** The queue of the query's side (other roles have none), narrowed to one status if it names one. */
    @QueryHandler
    public DeliveryPage handle(FindDeliveriesQuery query) {
        Pageable page = Pages.pageable(query.page(), Sort.unsorted());
        Page<DeliveryEntry> rows = switch (query.side()) {
            case INFLUENCER -> deliveries.toDeliver(query.accountId(), statuses(query, TO_DELIVER), page);
            case SPONSOR -> deliveries.toReview(query.accountId(), statuses(query, TO_REVIEW), page);
            default -> Page.empty(page);
        };
        return new DeliveryPage(views(rows.getContent()), Pages.info(query.page(), rows.getTotalElements()));
    }

    private static List<DeliverableStatus> statuses(FindDeliveriesQuery query, List<DeliverableStatus> byDefault) {
        return query.status() == null ? byDefault : List.of(query.status());
    }

    /** The rows with their names: one query for the campaigns', one for the accounts'. */
    private List<DeliveryView> views(List<DeliveryEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<String, String> campaignNames = Named.byId(campaigns.findNamesByIdIn(
                entries.stream().map(DeliveryEntry::campaignId).distinct().toList()));
        Map<String, String> accountNames = Named.byId(accounts.findNamesByIdIn(entries.stream()
                .flatMap(entry -> Stream.of(entry.sponsorId(), entry.influencerId())).distinct().toList()));
        LocalDate today = LocalDate.now(clock);
        return entries.stream().map(entry -> entry.toView(today, campaignNames, accountNames)).toList();
    }
}
