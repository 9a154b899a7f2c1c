package com.sponsorship.web.stats;

import com.sponsorship.api.stats.ChartImage;
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
class StatsApiController {

    private final StatsService stats;

    StatsApiController(StatsService stats) {
        this.stats = stats;
    }

    @GetMapping({"/api/v1/stats/{chart}.png", "/stats/{chart}.png"})
    ResponseEntity<byte[]> chart(@AuthenticationPrincipal PlatformUser user, @PathVariable String chart) {
        ChartImage image = stats.chart(user, chart);
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofSeconds(30)).cachePrivate())
                .body(image.png());
    }
}
