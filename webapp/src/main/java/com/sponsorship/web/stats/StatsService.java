package com.sponsorship.web.stats;

import com.sponsorship.api.stats.Chart;
import com.sponsorship.api.stats.ChartImage;
import com.sponsorship.api.stats.RenderChartQuery;
import com.sponsorship.web.common.NotFoundException;
import com.sponsorship.web.common.PlatformQueries;
import com.sponsorship.web.common.Scopes;
import com.sponsorship.web.security.PlatformUser;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;

/** The charts of the viewer's scope: which there are for its role, and each drawn on the server. */
@Service
class StatsService {

    private final PlatformQueries queries;

    StatsService(PlatformQueries queries) {
        this.queries = queries;
    }

    List<Chart> charts(PlatformUser user) {
        return Arrays.stream(Chart.values()).filter(chart -> chart.visibleTo(user.role())).toList();
    }

    /** A chart the viewer's role does not see is "not found", like one that does not exist. */
    ChartImage chart(PlatformUser user, String slug) {
        Chart wanted = Chart.fromSlug(slug).filter(c -> c.visibleTo(user.role()))
                .orElseThrow(() -> new NotFoundException("Chart"));
        return queries.fetch(new RenderChartQuery(wanted, Scopes.stats(user)), ChartImage.class);
    }
}
