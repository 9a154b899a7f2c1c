package com.sponsorship.query.negotiation;

import com.sponsorship.api.common.PageInfo;
import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.negotiation.FindNegotiationQuery;
import com.sponsorship.api.negotiation.FindNegotiationsQuery;
import com.sponsorship.api.negotiation.FindOpenAdRequestsQuery;
import com.sponsorship.api.negotiation.NegotiationPage;
import com.sponsorship.api.negotiation.NegotiationStatus;
import com.sponsorship.api.negotiation.NegotiationView;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    private static final String OPEN_TO_ANY = "n.status = 'OPEN' and c.visibility = 'PUBLIC' and c.status = 'OPEN'"
            + " and not c.flagged";

    private final NamedParameterJdbcTemplate jdbc;

    public NegotiationQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public Optional<NegotiationView> handle(FindNegotiationQuery query) {
        return jdbc.query(SELECT + " where n.id = :id", Map.of("id", query.negotiationId()), NegotiationQueries::view)
                .stream().findFirst();
    }

    /** Each filter that is not null narrows the list; most recently changed first. */
    @QueryHandler
    public NegotiationPage handle(FindNegotiationsQuery query) {
        Map<String, Object> filters = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>();
        addFilter(conditions, filters, "n.sponsor_id", "sponsor", query.sponsorId());
        addFilter(conditions, filters, "n.influencer_id", "influencer", query.influencerId());
        addFilter(conditions, filters, "n.campaign_id", "campaign", query.campaignId());
        addFilter(conditions, filters, "n.status", "status", query.status() == null ? null : query.status().name());
        return page(conditions.isEmpty() ? "true" : String.join(" and ", conditions), filters,
                "n.updated_at desc, n.id", query.page());
    }

    @QueryHandler
    public NegotiationPage handle(FindOpenAdRequestsQuery query) {
        return page(OPEN_TO_ANY, Map.of(), "n.opened_at desc, n.id", query.page());
    }

    private NegotiationPage page(String where, Map<String, Object> filters, String order, PageRequest request) {
        Map<String, Object> parameters = new LinkedHashMap<>(filters);
        parameters.put("limit", request.size());
        parameters.put("offset", (long) request.number() * request.size());
        List<NegotiationView> content = jdbc.query(SELECT + " where " + where + " order by " + order
                + " limit :limit offset :offset", parameters, NegotiationQueries::view);
        Long total = jdbc.queryForObject("select count(*) from negotiation_view n left join campaign_view c"
                + " on c.id = n.campaign_id where " + where, filters, Long.class);
        return new NegotiationPage(content, PageInfo.of(request.number(), request.size(), total == null ? 0 : total));
    }

    private static void addFilter(List<String> conditions, Map<String, Object> filters, String column, String name,
                                  Object value) {
        if (value != null) {
            conditions.add(column + " = :" + name);
            filters.put(name, value);
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
