package com.sponsorship.api.account;

import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.NegotiationStep;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the platform recorded about one person (GDPR Art. 15), oldest first: their account as it
 * stands and each event of it, each campaign they created with each of its events, and each
 * negotiation they are party to with every step of its history. Other people appear by id and role only.
 */
public record PersonalRecord(Instant generatedAt, String explanation, AccountView account,
                             List<RecordedEvent> accountEvents, List<CampaignRecord> campaigns,
                             List<NegotiationRecord> negotiations) {

    public PersonalRecord {
        accountEvents = List.copyOf(accountEvents);
        campaigns = List.copyOf(campaigns);
        negotiations = List.copyOf(negotiations);
    }

    /**
     * One stored event: its place in its aggregate's stream, when, who did it, what happened (the
     * event's name in words) and what it recorded, component by component, as text.
     */
    public record RecordedEvent(long sequence, Instant at, String actorId, Role actorRole, String what,
                                Map<String, String> details) {
    }

    /** A campaign the person created, with every event of it. */
    public record CampaignRecord(String campaignId, List<RecordedEvent> events) {
    }

    /**
     * A negotiation the person is party to, in their role, with the other party (null while an open
     * request has none) and every step of its history.
     */
    public record NegotiationRecord(String negotiationId, String campaignId, Role yourRole, Party otherParty,
                                    List<NegotiationStep> steps) {
    }

    /** Another person, by id and role only. */
    public record Party(String accountId, Role role) {
    }
}
