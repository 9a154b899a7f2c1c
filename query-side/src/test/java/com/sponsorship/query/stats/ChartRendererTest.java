package com.sponsorship.query.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ChartRendererTest {

    private final ChartRenderer renderer = new ChartRenderer();

    @Test
    void drawsAPngOfTheChartSize() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                renderer.bars("Title", Figures.counts("Month", values(3, 4)))));

        assertThat(image.getWidth()).isEqualTo(ChartRenderer.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ChartRenderer.HEIGHT);
    }

    @Test
    void theSameFiguresAreDrawnOnceAndChangedFiguresAgain() {
        byte[] first = renderer.bars("Title", Figures.counts("Month", values(3, 4)));

        assertThat(renderer.bars("Title", Figures.counts("Month", values(3, 4)))).isSameAs(first);
        assertThat(renderer.bars("Title", Figures.counts("Month", values(3, 5)))).isNotSameAs(first).isNotEqualTo(first);
        assertThat(renderer.bars("Other", Figures.counts("Month", values(3, 4)))).isNotEqualTo(first);
    }

    @Test
    void severalSeriesAreDrawnSideBySide() throws IOException {
        Map<String, Map<String, Number>> series = new LinkedHashMap<>();
        series.put("budget", Map.of("Spring", new BigDecimal("5000.00")));
        series.put("paid", Map.of("Spring", new BigDecimal("1250.50")));
        byte[] both = renderer.bars("Spend", new Figures("Campaign", "Amount", series));

        assertThat(ImageIO.read(new ByteArrayInputStream(both)).getWidth()).isEqualTo(ChartRenderer.WIDTH);
        assertThat(both).isNotEqualTo(renderer.bars("Spend", new Figures("Campaign", "Amount",
                Map.of("budget", series.get("budget")))));
    }

    private static Map<String, Long> values(long january, long february) {
        Map<String, Long> values = new LinkedHashMap<>();
        values.put("2026-01", january);
        values.put("2026-02", february);
        return values;
    }
}
