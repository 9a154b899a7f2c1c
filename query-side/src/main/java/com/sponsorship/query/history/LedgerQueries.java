package com.sponsorship.query.history;

import com.sponsorship.api.campaign.BudgetCommittedEvent;
import com.sponsorship.api.campaign.BudgetReleasedEvent;
import com.sponsorship.api.campaign.CampaignBudgetChangedEvent;
import com.sponsorship.api.campaign.CampaignCreatedEvent;
import com.sponsorship.api.negotiation.NegotiationState;
import com.sponsorship.api.negotiation.NegotiationStatus;
import com.sponsorship.api.payment.CampaignLedger;
import com.sponsorship.api.payment.FindCampaignLedgerQuery;
import com.sponsorship.api.payment.FindInfluencerPaymentsQuery;
import com.sponsorship.api.payment.InfluencerPayments;
import com.sponsorship.api.payment.LedgerDeal;
import com.sponsorship.query.Named;
import com.sponsorship.query.account.AccountEntryRepository;
import com.sponsorship.query.campaign.CampaignEntryRepository;
import com.sponsorship.query.negotiation.NegotiationEntryRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Money owed and paid, replayed from the event store like the negotiation history, so a ledger can
 * be shown as of any past moment: a campaign's ledger replays the campaign's events (budget, each
 * agreement's commitment, each cancelled deal's release) and then each agreed deal's events
 * (payments), both up to that moment.
 * An influencer's payments replay its agreed deals (found in the negotiation read model) now.
 */
@Component
public class LedgerQueries {

    private final EventStore eventStore;
    private final NegotiationEntryRepository negotiations;
    private final CampaignEntryRepository campaigns;
    private final AccountEntryRepository accounts;

    public LedgerQueries(EventStore eventStore, NegotiationEntryRepository negotiations,
                         CampaignEntryRepository campaigns, AccountEntryRepository accounts) {
        this.eventStore = eventStore;
        this.negotiations = negotiations;
        this.campaigns = campaigns;
        this.accounts = accounts;
    }

    @QueryHandler
    public CampaignLedger handle(FindCampaignLedgerQuery query) {
        Instant asOf = query.asOf();
        BigDecimal budget = BigDecimal.ZERO;
        Map<String, BigDecimal> agreed = new LinkedHashMap<>();
        Map<String, BigDecimal> released = new LinkedHashMap<>();
        Iterator<? extends DomainEventMessage<?>> events = upTo(eventStore.readEvents(query.campaignId(), 0), asOf);
        while (events.hasNext()) {
            Object payload = events.next().getPayload();
            if (payload instanceof CampaignCreatedEvent e) {
                budget = e.budget();
            } else if (payload instanceof CampaignBudgetChangedEvent e) {
                budget = e.budget();
            } else if (payload instanceof BudgetCommittedEvent e) {
                agreed.merge(e.negotiationId(), e.amount(), BigDecimal::add);
            } else if (payload instanceof BudgetReleasedEvent e) {
                released.merge(e.negotiationId(), e.amount(), BigDecimal::add);
            }
        }
        Map<String, NegotiationState> states = new LinkedHashMap<>();
        agreed.keySet().forEach(id -> states.put(id, state(id, asOf)));
        Map<String, String> names = names(accounts.findNamesByIdIn(
                states.values().stream().map(NegotiationState::influencerId).filter(Objects::nonNull).distinct().toList()));
        List<LedgerDeal> deals = new ArrayList<>();
        agreed.forEach((id, amount) -> {
            NegotiationState deal = states.get(id);
            BigDecimal paid = deal.paid();
            deals.add(new LedgerDeal(id, deal.influencerId(), names.get(deal.influencerId()), amount, paid,
                    amount.subtract(paid).subtract(released.getOrDefault(id, BigDecimal.ZERO)), deal.status()));
        });
        BigDecimal committed = sum(deals.stream().map(LedgerDeal::agreed).toList());
        BigDecimal releasedTotal = sum(List.copyOf(released.values()));
        return new CampaignLedger(query.campaignId(), asOf, budget, committed,
                sum(deals.stream().map(LedgerDeal::paid).toList()), releasedTotal,
                budget.subtract(committed).add(releasedTotal), List.copyOf(deals));
    }

    @QueryHandler
    public InfluencerPayments handle(FindInfluencerPaymentsQuery query) {
        List<String> ids = negotiations.findIdsByInfluencerAndStatusIn(query.influencerId(),
                List.of(NegotiationStatus.AGREED, NegotiationStatus.COMPLETED));
        Map<String, NegotiationState> states = new LinkedHashMap<>();
        ids.forEach(id -> states.put(id, state(id, null)));
        Map<String, String> campaignNames = names(campaigns.findNamesByIdIn(
                states.values().stream().map(NegotiationState::campaignId).distinct().toList()));
        Map<String, String> sponsorNames = names(accounts.findNamesByIdIn(
                states.values().stream().map(NegotiationState::sponsorId).distinct().toList()));
        List<InfluencerPayments.DealPayments> deals = new ArrayList<>();
        states.forEach((id, deal) -> deals.add(new InfluencerPayments.DealPayments(id, deal.campaignId(),
                campaignNames.get(deal.campaignId()), sponsorNames.get(deal.sponsorId()), deal.agreedAmount(),
                deal.paid(), deal.outstanding(), deal.payments())));
        return InfluencerPayments.of(deals);
    }

    private NegotiationState state(String negotiationId, Instant asOf) {
        return NegotiationHistoryQueries.replay(upTo(eventStore.readEvents(negotiationId, 0), asOf),
                (message, event, after) -> {
                });
    }

    private static Map<String, String> names(List<Named> rows) {
        return rows.isEmpty() ? Map.of() : Named.byId(rows);
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The events up to and including {@code asOf} (all of them when null): an aggregate's events are in time order. */
    static Iterator<? extends DomainEventMessage<?>> upTo(Iterator<? extends DomainEventMessage<?>> events, Instant asOf) {
        if (asOf == null) {
            return events;
        }
        return new Iterator<DomainEventMessage<?>>() {
            private DomainEventMessage<?> next = advance();

            private DomainEventMessage<?> advance() {
                if (!events.hasNext()) {
                    return null;
                }
                DomainEventMessage<?> candidate = events.next();
                return candidate.getTimestamp().isAfter(asOf) ? null : candidate;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public DomainEventMessage<?> next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                DomainEventMessage<?> current = next;
                next = advance();
                return current;
            }
        };
    }
}
