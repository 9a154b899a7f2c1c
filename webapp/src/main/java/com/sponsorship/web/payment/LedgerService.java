package com.sponsorship.web.payment;

import com.sponsorship.api.campaign.CampaignView;
import com.sponsorship.api.payment.CampaignLedger;
import com.sponsorship.api.payment.FindCampaignLedgerQuery;
import com.sponsorship.api.payment.FindInfluencerPaymentsQuery;
import com.sponsorship.api.payment.InfluencerPayments;
import com.sponsorship.web.common.FieldProblem;
import com.sponsorship.web.common.InvalidInputException;
import com.sponsorship.web.common.PlatformQueries;
import com.sponsorship.web.common.ReadAccess;
import com.sponsorship.web.security.PlatformUser;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Campaign ledgers (its sponsor and staff only) and an influencer's payments, for pages and API
 * alike. The payments themselves are recorded and answered on the negotiation.
 */
@Service
public class LedgerService {

    static final String AS_OF_FORMAT = "Give a moment like 2026-03-01T10:00:00Z (or 2026-03-01T10:00, read as UTC)";

    private final PlatformQueries queries;
    private final ReadAccess access;

    LedgerService(PlatformQueries queries, ReadAccess access) {
        this.queries = queries;
        this.access = access;
    }

    /** The campaign, if the caller may read its ledger. */
    CampaignView campaign(PlatformUser user, String campaignId) {
        return access.campaignLedger(user, campaignId);
    }

    /** The ledger now, or as of {@code asOf} (a replay of the events up to then). */
    CampaignLedger ledger(PlatformUser user, String campaignId, Instant asOf) {
        access.campaignLedger(user, campaignId);
        return queries.fetch(new FindCampaignLedgerQuery(campaignId, asOf), CampaignLedger.class);
    }

    InfluencerPayments influencerPayments(PlatformUser influencer) {
        return queries.fetch(new FindInfluencerPaymentsQuery(influencer.accountId()), InfluencerPayments.class);
    }

    /** An ISO instant, or a local date-time read as UTC (what a date-time input sends); blank is "now". */
    static Instant asOf(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDateTime.parse(value.trim()).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException neither) {
                throw new InvalidInputException(List.of(new FieldProblem("asOf", AS_OF_FORMAT)));
            }
        }
    }
}
