package com.sponsorship.query.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ChartRendererTest {

    private final ChartRenderer renderer = new ChartRenderer();

    @Test
    void drawsAPngOfTheChartSize() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(renderer.bars("Title", "Month", values(3, 4))));

        assertThat(image.getWidth()).isEqualTo(ChartRenderer.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ChartRenderer.HEIGHT);
    }

    @Test
    void theSameFiguresAreDrawnOnceAndChangedFiguresAgain() {
        byte[] first = renderer.bars("Title", "Month", values(3, 4));

        assertThat(renderer.bars("Title", "Month", values(3, 4))).isSameAs(first);
        assertThat(renderer.bars("Title", "Month", values(3, 5))).isNotSameAs(first).isNotEqualTo(first);
        assertThat(renderer.bars("Other", "Month", values(3, 4))).isNotEqualTo(first);
    }

    private static Map<String, Long> values(long january, long february) {
        Map<String, Long> values = new LinkedHashMap<>();
        values.put("2026-01", january);
        values.put("2026-02", february);
        return values;
    }
}
