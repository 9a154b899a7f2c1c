package com.sponsorship.query.delivery;

import static com.sponsorship.query.Events.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.AdRequestOpenedEvent;
import com.sponsorship.api.negotiation.ChangesRequestedEvent;
import com.sponsorship.api.negotiation.CounterOfferMadeEvent;
import com.sponsorship.api.negotiation.Deliverable;
import com.sponsorship.api.negotiation.DeliverableKind;
import com.sponsorship.api.negotiation.DeliverableLiveEvent;
import com.sponsorship.api.negotiation.DeliverableStatus;
import com.sponsorship.api.negotiation.DeliveryView;
import com.sponsorship.api.negotiation.DraftApprovedEvent;
import com.sponsorship.api.negotiation.DraftSubmittedEvent;
import com.sponsorship.api.negotiation.NegotiationAgreedEvent;
import com.sponsorship.api.negotiation.NegotiationCancelledEvent;
import com.sponsorship.api.negotiation.NegotiationCompletedEvent;
import com.sponsorship.api.negotiation.NegotiationRejectedEvent;
import com.sponsorship.api.negotiation.Terms;
import com.sponsorship.query.account.AccountEntryRepository;
import com.sponsorship.query.campaign.CampaignEntryRepository;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.junit.jupiter.api.Test;

/** The deliveries read model's rows, from known events, kept in memory as the JPA repositories would keep them. */
class DeliveryProjectionTest {

    private static final Actor SPONSOR = new Actor("s1", Role.SPONSOR);
    private static final Actor INFLUENCER = new Actor("i1", Role.INFLUENCER);
    private static final LocalDate DUE = LocalDate.parse("2026-06-30");
    private static final Terms REEL_AND_POST = new Terms(List.of(
            new Deliverable(DeliverableKind.INSTAGRAM_REEL, 1, "Unboxing"),
            new Deliverable(DeliverableKind.BLOG_POST, 2, "Review")), DUE, 0, 0);

    private final Map<DeliveryEntry.Key, DeliveryEntry> rows = new TreeMap<>(
            (a, b) -> a.negotiationId().equals(b.negotiationId()) ? Integer.compare(a.number(), b.number())
                    : a.negotiationId().compareTo(b.negotiationId()));
    private final Map<String, DeliveryOffer> offers = new TreeMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection());

    private DeliveryProjection projection() {
        EntityManager entityManager = mock(EntityManager.class);
        doAnswer(call -> {
            Object row = call.getArgument(0);
            if (row instanceof DeliveryEntry entry) {
                rows.put(key(entry), entry);
            } else {
                DeliveryOffer offer = (DeliveryOffer) row;
                offers.put(offer.negotiationId(), offer);
            }
            return null;
        }).when(entityManager).persist(any());
        when(entityManager.find(eq(DeliveryEntry.class), any())).thenAnswer(call -> rows.get(call.getArgument(1)));
        DeliveryOfferRepository offerRepository = mock(DeliveryOfferRepository.class);
        when(offerRepository.findById(anyString())).thenAnswer(call -> Optional.ofNullable(offers.get(call.getArgument(0))));
        when(offerRepository.save(any())).thenAnswer(call -> call.getArgument(0));
        doAnswer(call -> offers.remove(call.<String>getArgument(0))).when(offerRepository).deleteById(anyString());
        doAnswer(call -> offers.remove(call.<DeliveryOffer>getArgument(0).negotiationId()))
                .when(offerRepository).delete(any());
        doAnswer(call -> rows.remove(key(call.getArgument(0)))).when(entityManager).remove(any(DeliveryEntry.class));
        DeliveryEntryRepository entryRepository = mock(DeliveryEntryRepository.class);
        return new DeliveryProjection(entryRepository, offerRepository, entityManager,
                mock(CampaignEntryRepository.class), mock(AccountEntryRepository.class));
    }

    private static DeliveryEntry.Key key(DeliveryEntry row) {
        DeliveryView view = view(row);
        return new DeliveryEntry.Key(view.negotiationId(), view.number());
    }

    private static DeliveryView view(DeliveryEntry row) {
        return row.toView(DUE, Map.of("c1", "Campaign"), Map.of("s1", "Sam", "i1", "Ivy"));
    }

    private void handle(String at, Object payload) throws Exception {
        handlers.handle(event("Negotiation", "n", sequence.getAndIncrement(), at, payload));
    }

    private List<DeliveryView> views() {
        return rows.values().stream().map(DeliveryProjectionTest::view).toList();
    }

    private void agreed(String negotiation, Terms offered, Terms agreed) throws Exception {
        handle("2026-05-01T10:00:00Z", new AdRequestOpenedEvent(negotiation, "c1", "s1", "i1", "Hello", null,
                new BigDecimal("500"), SPONSOR, offered, Instant.parse("2026-05-08T10:00:00Z")));
        handle("2026-05-02T10:00:00Z", new NegotiationAgreedEvent(negotiation, "c1", "s1", "i1",
                new BigDecimal("500"), INFLUENCER, agreed, agreed == null ? null : agreed.digest()));
    }

    @Test
    void anAgreementNumbersTheAgreedDeliverablesPendingWithTheDealsDueDateAndParties() throws Exception {
        agreed("n1", null, REEL_AND_POST);

        assertThat(views()).extracting(DeliveryView::number, DeliveryView::kind, DeliveryView::count,
                        DeliveryView::status, DeliveryView::dueDate, DeliveryView::campaignName,
                        DeliveryView::sponsorName, DeliveryView::influencerName)
                .containsExactly(
                        tuple(1, DeliverableKind.INSTAGRAM_REEL, 1,
                                DeliverableStatus.PENDING, DUE, "Campaign", "Sam", "Ivy"),
                        tuple(2, DeliverableKind.BLOG_POST, 2,
                                DeliverableStatus.PENDING, DUE, "Campaign", "Sam", "Ivy"));
        assertThat(offers).as("the offer is dropped once agreed").isEmpty();
    }

    @Test
    void anAgreementNamingNoTermsAgreesToTheLastOfferedTerms() throws Exception {
        Terms onePost = new Terms(List.of(new Deliverable(DeliverableKind.OTHER, 1, "First ask")), DUE, 0, 0);
        handle("2026-05-01T10:00:00Z", new AdRequestOpenedEvent("n1", "c1", "s1", "i1", "Hello", null,
                new BigDecimal("500"), SPONSOR, onePost, null));
        handle("2026-05-01T11:00:00Z", new CounterOfferMadeEvent("n1", new BigDecimal("600"), "More", INFLUENCER,
                REEL_AND_POST, null));
        handle("2026-05-01T12:00:00Z", new CounterOfferMadeEvent("n1", new BigDecimal("550"), "Meet halfway",
                SPONSOR, null, null));
        handle("2026-05-02T10:00:00Z", new NegotiationAgreedEvent("n1", "c1", "s1", "i1", new BigDecimal("550"),
                INFLUENCER));

        assertThat(views()).extracting(DeliveryView::description).containsExactly("Unboxing", "Review");
    }

    @Test
    void draftsReviewsAndLiveLinksMoveOneDeliverableAsTheNegotiationStateSays() throws Exception {
        agreed("n1", REEL_AND_POST, REEL_AND_POST);
        Instant reviewBy = Instant.parse("2026-05-08T09:00:00Z");

        handle("2026-05-03T09:00:00Z", new DraftSubmittedEvent("n1", 2, "https://x.test/v1", "First", reviewBy,
                INFLUENCER));
        DeliveryView submitted = views().get(1);
        assertThat(submitted.status()).isEqualTo(DeliverableStatus.SUBMITTED);
        assertThat(submitted.draftUrl()).isEqualTo("https://x.test/v1");
        assertThat(submitted.submittedAt()).isEqualTo(Instant.parse("2026-05-03T09:00:00Z"));
        assertThat(submitted.reviewBy()).isEqualTo(reviewBy);
        assertThat(views().get(0).status()).as("the other deliverable").isEqualTo(DeliverableStatus.PENDING);

        handle("2026-05-04T09:00:00Z", new ChangesRequestedEvent("n1", 2, "Show the logo", SPONSOR));
        assertThat(views().get(1)).extracting(DeliveryView::status, DeliveryView::changeRounds, DeliveryView::reviewBy)
                .containsExactly(DeliverableStatus.CHANGES_REQUESTED, 1, null);
        handle("2026-05-05T09:00:00Z", new DraftSubmittedEvent("n1", 2, "https://x.test/v2", "Second",
                reviewBy.plusSeconds(86_400), INFLUENCER));
        assertThat(views().get(1).submittedAt()).as("the last submission").isEqualTo(Instant.parse("2026-05-05T09:00:00Z"));
        handle("2026-05-06T09:00:00Z", new DraftApprovedEvent("n1", 2, false, SPONSOR));
        assertThat(views().get(1).status()).isEqualTo(DeliverableStatus.APPROVED);
        handle("2026-05-07T09:00:00Z", new DeliverableLiveEvent("n1", 2, "https://blog.test/review", INFLUENCER));
        assertThat(views().get(1)).extracting(DeliveryView::status, DeliveryView::liveUrl, DeliveryView::draftUrl,
                DeliveryView::changeRounds).containsExactly(DeliverableStatus.LIVE, "https://blog.test/review",
                "https://x.test/v2", 1);
    }

    @Test
    void eventsAboutDeliverablesItDoesNotHaveChangeNothing() throws Exception {
        agreed("n1", REEL_AND_POST, REEL_AND_POST);

        handle("2026-05-03T09:00:00Z", new DraftSubmittedEvent("n1", 3, "https://x.test/v1", null,
                Instant.parse("2026-05-08T09:00:00Z"), INFLUENCER));
        handle("2026-05-03T09:00:00Z", new DraftApprovedEvent("other", 1, true, Actor.SYSTEM));

        assertThat(views()).extracting(DeliveryView::status).containsOnly(DeliverableStatus.PENDING);
    }

    @Test
    void aDealEndedOtherwiseThanCompletedDropsItsDeliverablesAndAConcludedRequestItsOffer() throws Exception {
        agreed("n1", REEL_AND_POST, REEL_AND_POST);
        agreed("n2", REEL_AND_POST, REEL_AND_POST);
        handle("2026-05-01T10:00:00Z", new AdRequestOpenedEvent("n3", "c1", "s1", "i1", "Hello", null,
                new BigDecimal("500"), SPONSOR, REEL_AND_POST, null));

        handle("2026-05-09T10:00:00Z", new NegotiationCompletedEvent("n1", Actor.SYSTEM));
        handle("2026-05-09T10:00:00Z", new NegotiationCancelledEvent("n2", "Both agreed to stop", SPONSOR));
        handle("2026-05-09T10:00:00Z", new NegotiationRejectedEvent("n3", "No", INFLUENCER));

        assertThat(views()).extracting(DeliveryView::negotiationId).containsExactly("n1", "n1");
        assertThat(offers).isEmpty();
    }

    @Test
    void aDeliverableIsOverdueAfterItsDueDayUntilItIsLive() throws Exception {
        agreed("n1", REEL_AND_POST, REEL_AND_POST);
        handle("2026-05-07T09:00:00Z", new DeliverableLiveEvent("n1", 2, "https://blog.test/review", INFLUENCER));
        DeliveryEntry pending = rows.get(new DeliveryEntry.Key("n1", 1));
        DeliveryEntry live = rows.get(new DeliveryEntry.Key("n1", 2));

        assertThat(pending.overdue(DUE)).as("on the due day").isFalse();
        assertThat(pending.overdue(DUE.plusDays(1))).as("the day after").isTrue();
        assertThat(live.overdue(DUE.plusDays(1))).as("live").isFalse();
    }
}
