package com.sponsorship.command.negotiation;

import com.sponsorship.api.campaign.CampaignCreatedEvent;
import com.sponsorship.api.campaign.CampaignDetails;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.common.Visibility;
import com.sponsorship.api.negotiation.AdRequestOpenedEvent;
import com.sponsorship.api.negotiation.AdRequestWithdrawnEvent;
import com.sponsorship.api.negotiation.CounterOfferMadeEvent;
import com.sponsorship.api.negotiation.InfluencerAppliedEvent;
import com.sponsorship.api.negotiation.NegotiationAgreedEvent;
import com.sponsorship.api.negotiation.NegotiationCancelledEvent;
import com.sponsorship.api.negotiation.NegotiationRejectedEvent;
import com.sponsorship.api.negotiation.Terms;
import com.sponsorship.command.InMemoryEventSourcing;
import com.sponsorship.command.campaign.Campaign;
import com.sponsorship.command.lookup.InMemoryCommandSideLookups;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/** The people, campaign and histories the negotiation tests share. */
final class Negotiations {

    static final String NEGOTIATION_ID = "negotiation-1";
    static final String CAMPAIGN_ID = "campaign-1";
    static final Actor SPONSOR = new Actor("sponsor-1", Role.SPONSOR);
    static final Actor INFLUENCER = new Actor("influencer-1", Role.INFLUENCER);
    static final Actor OTHER_SPONSOR = new Actor("sponsor-2", Role.SPONSOR);
    static final Actor OTHER_INFLUENCER = new Actor("influencer-2", Role.INFLUENCER);
    static final Actor ADMIN = new Actor("admin-1", Role.ADMIN);
    static final Actor AUDITOR = new Actor("auditor-1", Role.AUDITOR);

    /** The moment every command of these tests is handled (the event clock and the fixture's deadline clock). */
    static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    static final LocalDate CAMPAIGN_END = LocalDate.of(2026, 8, 31);
    /** An offer made {@link #NOW} with the default answer time expires then. */
    static final Instant ANSWER_BY = NOW.plus(Duration.ofDays(7));
    /** What a request without terms asks for: its requirements, due at the campaign's end. */
    static final Terms STANDARD_TERMS = Terms.standard("Two posts", CAMPAIGN_END);

    /** The sponsor offers 500.00 to influencer-1; the influencer's turn. */
    static final AdRequestOpenedEvent OFFERED = opened(INFLUENCER.accountId());
    /** The sponsor publishes a request open to any influencer; nobody's turn until one applies. */
    static final AdRequestOpenedEvent PUBLISHED = opened(null);
    /** influencer-1 applies to the published request asking 450.00; the sponsor's turn. */
    static final InfluencerAppliedEvent APPLIED =
            new InfluencerAppliedEvent(NEGOTIATION_ID, INFLUENCER.accountId(), amount("450.00"), "I can do it", INFLUENCER,
                    STANDARD_TERMS, ANSWER_BY);
    static final CounterOfferMadeEvent INFLUENCER_COUNTERED = countered(INFLUENCER, "600.00");
    static final CounterOfferMadeEvent SPONSOR_COUNTERED = countered(SPONSOR, "550.00");

    static final NegotiationAgreedEvent AGREED = new NegotiationAgreedEvent(NEGOTIATION_ID, CAMPAIGN_ID,
            SPONSOR.accountId(), INFLUENCER.accountId(), amount("500.00"), INFLUENCER, STANDARD_TERMS,
            STANDARD_TERMS.digest());
    static final NegotiationRejectedEvent REJECTED = new NegotiationRejectedEvent(NEGOTIATION_ID, "No", INFLUENCER);
    static final AdRequestWithdrawnEvent WITHDRAWN = new AdRequestWithdrawnEvent(NEGOTIATION_ID, SPONSOR);
    static final NegotiationCancelledEvent CANCELLED =
            new NegotiationCancelledEvent(NEGOTIATION_ID, "Campaign closed: its end date passed", Actor.SYSTEM);

    /** Campaign-1 of sponsor-1, with a budget of 1000.00, as the campaign aggregate stores it. */
    static final CampaignCreatedEvent CAMPAIGN_CREATED = new CampaignCreatedEvent(CAMPAIGN_ID,
            SPONSOR.accountId(), new CampaignDetails("Summer Launch", "Fresh drinks", "Reach 100k people", Category.FOOD,
            Visibility.PUBLIC, LocalDate.of(2030, 6, 1), LocalDate.of(2030, 6, 30)), amount("1000.00"), SPONSOR);

    private Negotiations() {
    }

    /**
     * Campaign-1 ({@link #CAMPAIGN_CREATED}, then {@code more}) in a real event-sourcing repository, for
     * the handlers that change a negotiation and its campaign in one unit of work.
     */
    static InMemoryEventSourcing<Campaign> campaigns(Object... more) {
        return new InMemoryEventSourcing<>(Campaign.class).given(CAMPAIGN_ID, CAMPAIGN_CREATED).given(CAMPAIGN_ID, more);
    }

    /** Fixes the event clock at {@link #NOW}; returns the clock to put back afterwards. */
    static Clock useEventClockAtNow() {
        Clock previous = GenericEventMessage.clock;
        GenericEventMessage.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return previous;
    }

    static BigDecimal amount(String amount) {
        return new BigDecimal(amount);
    }

    static AdRequestOpenedEvent opened(String influencerId) {
        return new AdRequestOpenedEvent(NEGOTIATION_ID, CAMPAIGN_ID, SPONSOR.accountId(), influencerId,
                "Promote our drinks", "Two posts", amount("500.00"), SPONSOR, STANDARD_TERMS, ANSWER_BY);
    }

    static CounterOfferMadeEvent countered(Actor actor, String amount) {
        return new CounterOfferMadeEvent(NEGOTIATION_ID, amount(amount), "How about this?", actor, STANDARD_TERMS,
                ANSWER_BY);
    }

    /** Every account above is active and campaign-1 of sponsor-1 is open and unflagged. */
    static InMemoryCommandSideLookups lookups() {
        InMemoryCommandSideLookups lookups = new InMemoryCommandSideLookups()
                .withOpenCampaignEnding(CAMPAIGN_ID, SPONSOR.accountId(), CAMPAIGN_END);
        for (Actor actor : new Actor[] {SPONSOR, INFLUENCER, OTHER_SPONSOR, OTHER_INFLUENCER, ADMIN, AUDITOR}) {
            lookups.withAccount(actor.accountId(), actor.role(), false, false);
        }
        return lookups;
    }

    /**
     * A negotiation fixture that checks constraints like the command bus does and resolves these
     * lookups, at {@link #NOW}: the caller sets the event clock with {@link EventClockAtNow} or {@link #useEventClockAtNow()}.
     */
    static FixtureConfiguration<Negotiation> fixture(InMemoryCommandSideLookups lookups) {
        FixtureConfiguration<Negotiation> fixture = new AggregateTestFixture<>(Negotiation.class);
        fixture.givenCurrentTime(NOW);
        fixture.registerInjectableResource(lookups);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
        return fixture;
    }
}
