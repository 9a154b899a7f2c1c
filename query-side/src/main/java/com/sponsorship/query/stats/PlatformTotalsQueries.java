package com.sponsorship.query.stats;

import com.sponsorship.api.campaign.CampaignStatus;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.NegotiationStatus;
import com.sponsorship.api.stats.FindPlatformTotalsQuery;
import com.sponsorship.api.stats.PlatformTotals;
import com.sponsorship.query.ReadModelCounts;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The admin's totals, counted over the read models and remembered while no projection moves. */
@Component
public class PlatformTotalsQueries {

    private final JdbcTemplate jdbc;
    private final ReadModelCounts counts;

    public PlatformTotalsQueries(JdbcTemplate jdbc, ReadModelCounts counts) {
        this.jdbc = jdbc;
        this.counts = counts;
    }

    @QueryHandler
    public PlatformTotals handle(FindPlatformTotalsQuery query) {
        return counts.remembered("platform-totals", Map.of(), this::count);
    }

    private PlatformTotals count() {
        // the platform itself (Role.SYSTEM) acts but has no account
        Map<Role, Long> accounts = byEnum(Role.class, EnumSet.complementOf(EnumSet.of(Role.SYSTEM)),
                "select role, count(*) from account_view where not removed group by role");
        Map<CampaignStatus, Long> campaigns = byEnum(CampaignStatus.class, EnumSet.allOf(CampaignStatus.class),
                "select status, count(*) from campaign_view group by status");
        Map<NegotiationStatus, Long> adRequests = byEnum(NegotiationStatus.class,
                EnumSet.allOf(NegotiationStatus.class),
                "select status, count(*) from negotiation_view group by status");
        Long flaggedAccounts = jdbc.queryForObject(
                "select count(*) from account_view where flagged and not removed", Long.class);
        Long removedAccounts = jdbc.queryForObject("select count(*) from account_view where removed", Long.class);
        Long flaggedCampaigns = jdbc.queryForObject("select count(*) from campaign_view where flagged", Long.class);
        return new PlatformTotals(accounts, flaggedAccounts, removedAccounts, campaigns, flaggedCampaigns, adRequests);
    }

    /** Each of the constants, with its count or 0. */
    private <E extends Enum<E>> Map<E, Long> byEnum(Class<E> type, Set<E> constants, String groupedCount) {
        Map<E, Long> counted = new EnumMap<>(type);
        constants.forEach(constant -> counted.put(constant, 0L));
        jdbc.query(groupedCount, row -> {
            counted.put(Enum.valueOf(type, row.getString(1)), row.getLong(2));
        });
        return Collections.unmodifiableMap(counted);
    }
}
