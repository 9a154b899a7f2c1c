package com.sponsorship.query.negotiation;

import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.negotiation.FindNegotiationQuery;
import com.sponsorship.api.negotiation.FindNegotiationsQuery;
import com.sponsorship.api.negotiation.FindOpenAdRequestsQuery;
import com.sponsorship.api.negotiation.NegotiationFilters;
import com.sponsorship.api.negotiation.NegotiationPage;
import com.sponsorship.api.negotiation.NegotiationStatus;
import com.sponsorship.api.negotiation.NegotiationView;
import com.sponsorship.query.Pages;
import com.sponsorship.query.ReadModelCounts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Ad request lists and details with the names a page shows. Names come from the campaign and
 * account read models at query time, so a rename shows everywhere at once; while those are being
 * rebuilt a name may briefly be missing.
 */
@Component
public class NegotiationQueries {

    private static final String SELECT = """
            select n.id, n.campaign_id, c.name as campaign_name, n.sponsor_id, s.name as sponsor_name,
                   n.influencer_id, i.name as influencer_name, n.status, n.payment_amount, n.message,
                   n.requirements, n.opened_at, n.updated_at
            from negotiation_view n
            left join campaign_view c on c.id = n.campaign_id
            left join account_view s on s.id = n.sponsor_id
            left join account_view i on i.id = n.influencer_id
            """;
    /** As a subquery, not through the join, so that counting needs no join (and can use an index alone). */
    private static final String OPEN_TO_ANY = "n.status = 'OPEN' and n.campaign_id in (select id from campaign_view"
            + " where visibility = 'PUBLIC' and status = 'OPEN' and not flagged)";
    private static final String RECENTLY_CHANGED_FIRST = "n.updated_at desc, n.id";
    /** With a date range: the range and the order then use one index (by last change, it would scan most of the table). */
    private static final String RECENTLY_OPENED_FIRST = "n.opened_at desc, n.id";

    private final NamedParameterJdbcTemplate jdbc;
    private final ReadModelCounts counts;

    public NegotiationQueries(NamedParameterJdbcTemplate jdbc, ReadModelCounts counts) {
        this.jdbc = jdbc;
        this.counts = counts;
    }

    @QueryHandler
    public Optional<NegotiationView> handle(FindNegotiationQuery query) {
        return jdbc.query(SELECT + " where n.id = :id", Map.of("id", query.negotiationId()), NegotiationQueries::view)
                .stream().findFirst();
    }

    /**
     * The caller's scope, then each search filter that is present, narrows the list; most recently
     * changed first, or most recently opened first when a date range is given. Names are matched through the trigram indexes on campaign and account names,
     * then the negotiations of the matching ids through their (id, updated_at) indexes.
     */
    @QueryHandler
    public NegotiationPage handle(FindNegotiationsQuery query) {
        NegotiationFilters filters = query.filters();
        Where where = new Where()
                .add("n.sponsor_id = :sponsorId", "sponsorId", query.sponsorId())
                .add("n.influencer_id = :influencerId", "influencerId", query.influencerId())
                .add("n.campaign_id = :campaignId", "campaignId", query.campaignId())
                .add("n.status = :status", "status", filters.status() == null ? null : filters.status().name())
                .add("n.sponsor_id in (select id from account_view where lower(name) like :sponsorName)",
                        "sponsorName", namePattern(filters.sponsorName()))
                .add("n.influencer_id in (select id from account_view where lower(name) like :influencerName)",
                        "influencerName", namePattern(filters.influencerName()))
                .add("n.opened_at >= :openedFrom", "openedFrom", startOfDay(filters.openedFrom()))
                .add("n.opened_at < :openedBefore", "openedBefore",
                        startOfDay(filters.openedTo() == null ? null : filters.openedTo().plusDays(1)));
        String campaign = filters.campaign();
        if (campaign != null && !campaign.isBlank()) {
            where.add("n.campaign_id in (select id from campaign_view where id = :campaign or lower(name) like :campaignName)",
                    Map.of("campaign", campaign.trim(), "campaignName", Pages.containsPattern(campaign)));
        }
        boolean dateRange = filters.openedFrom() != null || filters.openedTo() != null;
        return page(where.sql(), where.parameters, dateRange ? RECENTLY_OPENED_FIRST : RECENTLY_CHANGED_FIRST,
                query.page());
    }

    @QueryHandler
    public NegotiationPage handle(FindOpenAdRequestsQuery query) {
        return page(OPEN_TO_ANY, Map.of(), RECENTLY_OPENED_FIRST, query.page());
    }

    private NegotiationPage page(String where, Map<String, Object> filters, String order, PageRequest request) {
        Map<String, Object> parameters = new LinkedHashMap<>(filters);
        parameters.put("limit", request.size());
        parameters.put("offset", (long) request.number() * request.size());
        List<NegotiationView> content = jdbc.query(SELECT + " where " + where + " order by " + order
                + " limit :limit offset :offset", parameters, NegotiationQueries::view);
        String counting = "select count(*) from negotiation_view n where " + where;
        long total = counts.count(counting, filters, () -> jdbc.queryForObject(counting, filters, Long.class));
        return new NegotiationPage(content, Pages.info(request, total));
    }

    /** A lower-case "contains" pattern for a name filter, or null (no filter) when it is blank. */
    private static String namePattern(String text) {
        return text == null || text.isBlank() ? null : Pages.containsPattern(text);
    }

    private static Timestamp startOfDay(LocalDate day) {
        return day == null ? null : Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** A where clause and its parameters; a condition whose value is absent is left out. */
    private static final class Where {

        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        Where add(String condition, String parameter, Object value) {
            return value == null ? this : add(condition, Map.of(parameter, value));
        }

        Where add(String condition, Map<String, Object> values) {
            conditions.add(condition);
            parameters.putAll(values);
            return this;
        }

        String sql() {
            return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
        }
    }

    private static NegotiationView view(ResultSet row, int number) throws SQLException {
        return new NegotiationView(row.getString("id"), row.getString("campaign_id"), row.getString("campaign_name"),
                row.getString("sponsor_id"), row.getString("sponsor_name"), row.getString("influencer_id"),
                row.getString("influencer_name"), NegotiationStatus.valueOf(row.getString("status")),
                row.getBigDecimal("payment_amount"), row.getString("message"), row.getString("requirements"),
                row.getTimestamp("opened_at").toInstant(), row.getTimestamp("updated_at").toInstant());
    }
}
