package com.sponsorship.query.stats;

import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.NegotiationStatus;
import com.sponsorship.api.stats.Chart;
import com.sponsorship.api.stats.ChartImage;
import com.sponsorship.api.stats.RenderChartQuery;
import com.sponsorship.api.stats.StatsScope;
import com.sponsorship.query.stats.StatisticsStore.Distribution;
import com.sponsorship.query.stats.StatisticsStore.Metric;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Draws the charts from the counter tables, for the viewer's scope. */
@Component
public class ChartQueries {

    private static final int MONTHS = 12;

    private final StatisticsStore store;
    private final ChartRenderer renderer;
    private final Clock clock;

    ChartQueries(StatisticsStore store, ChartRenderer renderer) {
        this.store = store;
        this.renderer = renderer;
        this.clock = Clock.systemUTC();
    }

    @QueryHandler
    public ChartImage handle(RenderChartQuery query) {
        String scope = scopeOf(query.scope());
        Map<String, Long> values = switch (query.chart()) {
            case ACCOUNTS_PER_MONTH -> {
                if (!StatisticsStore.EVERYTHING.equals(scope)) {
                    throw new IllegalArgumentException("Accounts per month is a platform-wide chart");
                }
                yield lastMonths(store.monthly(Metric.ACCOUNTS, scope));
            }
            case CAMPAIGNS_PER_MONTH -> lastMonths(store.monthly(Metric.CAMPAIGNS, scope));
            case AD_REQUESTS_PER_MONTH -> lastMonths(store.monthly(Metric.AD_REQUESTS, scope));
            case STATUS_DISTRIBUTION -> ordered(store.distribution(Distribution.STATUS, scope),
                    Arrays.stream(NegotiationStatus.values()).map(Enum::name).toList(),
                    Arrays.stream(NegotiationStatus.values()).map(NegotiationStatus::label).toList());
            case PAYMENT_DISTRIBUTION -> ordered(store.distribution(Distribution.PAYMENT, scope),
                    Arrays.stream(PaymentBucket.values()).map(Enum::name).toList(),
                    Arrays.stream(PaymentBucket.values()).map(PaymentBucket::label).toList());
        };
        return new ChartImage(renderer.bars(query.chart().title(), axisOf(query.chart()), values));
    }

    private static String scopeOf(StatsScope scope) {
        return scope.role() == Role.SPONSOR || scope.role() == Role.INFLUENCER ? scope.accountId()
                : StatisticsStore.EVERYTHING;
    }

    private Map<String, Long> lastMonths(Map<String, Long> counts) {
        Map<String, Long> months = new LinkedHashMap<>();
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        for (int back = MONTHS - 1; back >= 0; back--) {
            String month = now.minusMonths(back).toString();
            months.put(month, counts.getOrDefault(month, 0L));
        }
        return months;
    }

    private static Map<String, Long> ordered(Map<String, Long> counts, List<String> keys,
                                             List<String> labels) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            values.put(labels.get(i), Math.max(0, counts.getOrDefault(keys.get(i), 0L)));
        }
        return values;
    }

    private static String axisOf(Chart chart) {
        return switch (chart) {
            case STATUS_DISTRIBUTION -> "Status";
            case PAYMENT_DISTRIBUTION -> "Payment amount";
            default -> "Month";
        };
    }
}
