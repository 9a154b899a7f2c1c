package com.sponsorship.query.history;

import com.sponsorship.api.account.FindPersonalRecordQuery;
import com.sponsorship.api.account.PersonalRecord;
import com.sponsorship.api.account.PersonalRecord.CampaignRecord;
import com.sponsorship.api.account.PersonalRecord.NegotiationRecord;
import com.sponsorship.api.account.PersonalRecord.Party;
import com.sponsorship.api.account.PersonalRecord.RecordedEvent;
import com.sponsorship.api.campaign.CloseReason;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Labeled;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.NegotiationState;
import com.sponsorship.query.account.AccountEntryRepository;
import com.sponsorship.query.campaign.CampaignEntryRepository;
import com.sponsorship.query.negotiation.NegotiationEntryRepository;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Everything recorded about a person (GDPR Art. 15), from the event store: the read models only say
 * which campaigns and negotiations are theirs (by id), then each of those streams is read once from
 * sequence 0, so the work grows with the person's own events, never with the whole store. The
 * event serializer decrypts personal data on the way, as for every other reader.
 */
@Component
public class PersonalRecordQueries {

    static final String EXPLANATION = "Everything the platform has recorded about you, replayed from its event"
            + " store, oldest first: your account and each event of it, each campaign you created with each of its"
            + " events, and each negotiation you are party to with every step of it, payments and deliverables"
            + " included. Other people appear by account id and role only. Passwords are never recorded in"
            + " events: only that they changed.";

    private final EventStore eventStore;
    private final AccountEntryRepository accounts;
    private final CampaignEntryRepository campaigns;
    private final NegotiationEntryRepository negotiations;

    public PersonalRecordQueries(EventStore eventStore, AccountEntryRepository accounts,
                                 CampaignEntryRepository campaigns, NegotiationEntryRepository negotiations) {
        this.eventStore = eventStore;
        this.accounts = accounts;
        this.campaigns = campaigns;
        this.negotiations = negotiations;
    }

    @QueryHandler
    public Optional<PersonalRecord> handle(FindPersonalRecordQuery query) {
        String personId = query.accountId();
        return accounts.findById(personId).map(account -> new PersonalRecord(Instant.now(), EXPLANATION,
                account.toView(), events(personId),
                campaigns.findIdsBySponsorId(personId).stream().map(id -> new CampaignRecord(id, events(id))).toList(),
                negotiations.findIdsByParty(personId).stream().map(id -> negotiation(id, personId)).toList()));
    }

    /** The negotiation's history as participants and auditors see it, and the other party by id and role. */
    private NegotiationRecord negotiation(String negotiationId, String personId) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(negotiationId, 0).asStream().toList();
        NegotiationState state = NegotiationHistoryQueries.replay(events.iterator(), (message, event, after) -> {
        });
        boolean sponsor = personId.equals(state.sponsorId());
        Party other = !sponsor ? new Party(state.sponsorId(), Role.SPONSOR)
                : state.influencerId() == null ? null : new Party(state.influencerId(), Role.INFLUENCER);
        return new NegotiationRecord(negotiationId, state.campaignId(), sponsor ? Role.SPONSOR : Role.INFLUENCER,
                other, NegotiationHistoryQueries.history(negotiationId, events.iterator()).steps());
    }

    private List<RecordedEvent> events(String aggregateId) {
        return eventStore.readEvents(aggregateId, 0).asStream().map(message -> recorded(aggregateId, message))
                .toList();
    }

    /**
     * An account or campaign event as recorded, component by component: its actor apart, the
     * aggregate's own id left out (it names the section), the rest as text.
     */
    static RecordedEvent recorded(String aggregateId, DomainEventMessage<?> message) {
        Object event = message.getPayload();
        Actor actor = Actor.SYSTEM;
        Map<String, String> details = new LinkedHashMap<>();
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            Object value = value(component, event);
            if (value instanceof Actor who) {
                actor = who;
            } else if (!aggregateId.equals(value)) {
                describe(component.getName(), value, details);
            }
        }
        return new RecordedEvent(message.getSequenceNumber(), message.getTimestamp(), actor.accountId(), actor.role(),
                what(event.getClass()), details);
    }

    /** "SponsorProfileUpdatedEvent" reads "Sponsor profile updated". */
    static String what(Class<?> type) {
        String words = type.getSimpleName().replaceFirst("Event$", "").replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ");
        return words.charAt(0) + words.substring(1).toLowerCase();
    }

    /** A nested record (a campaign's details) adds its components under "name.component"; nothing is shown for null. */
    private static void describe(String name, Object value, Map<String, String> details) {
        if (value instanceof Record nested) {
            for (RecordComponent component : nested.getClass().getRecordComponents()) {
                describe(name + "." + component.getName(), value(component, nested), details);
            }
        } else if (value != null) {
            details.put(name, text(value));
        }
    }

    private static String text(Object value) {
        if (value instanceof Labeled labeled) {
            return labeled.label();
        }
        if (value instanceof Role role) {
            return role.label();
        }
        if (value instanceof CloseReason reason) {
            return reason.description();
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(PersonalRecordQueries::text).collect(Collectors.joining(", "));
        }
        return value.toString();
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
