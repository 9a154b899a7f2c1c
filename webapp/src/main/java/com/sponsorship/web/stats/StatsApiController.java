package com.sponsorship.web.stats;

import com.sponsorship.api.stats.Chart;
import com.sponsorship.api.stats.ChartImage;
import com.sponsorship.api.stats.RenderChartQuery;
import com.sponsorship.web.common.NotFoundException;
import com.sponsorship.web.common.PlatformQueries;
import com.sponsorship.web.common.Scopes;
import com.sponsorship.web.security.PlatformUser;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Charts drawn on the server for the viewer's scope; the pages embed the same images. */
@RestController
public class StatsApiController {

    private final PlatformQueries queries;

    StatsApiController(PlatformQueries queries) {
        this.queries = queries;
    }

    @GetMapping({"/api/v1/stats/{chart}.png", "/stats/{chart}.png"})
    ResponseEntity<byte[]> chart(@AuthenticationPrincipal PlatformUser user, @PathVariable String chart) {
        Chart wanted = Chart.fromSlug(chart).filter(c -> c.visibleTo(user.role()))
                .orElseThrow(() -> new NotFoundException("Chart"));
        ChartImage image = queries.fetch(new RenderChartQuery(wanted, Scopes.stats(user)), ChartImage.class);
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofSeconds(30)).cachePrivate())
                .body(image.png());
    }
}
