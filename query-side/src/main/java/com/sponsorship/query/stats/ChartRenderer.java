package com.sponsorship.query.stats;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.springframework.stereotype.Component;

/**
 * Draws bar charts as PNG on the server with XChart (no display needed). Drawing costs tens of
 * milliseconds and the same figures are asked for again and again, so the most used images are kept
 * (Caffeine, bounded), keyed by everything drawn: a changed figure is a new key, never a stale picture.
 */
@Component
public class ChartRenderer {

    static final int WIDTH = 640;
    static final int HEIGHT = 400;
    private static final int CACHED_IMAGES = 512;

    private record Drawing(String title, String xAxis, Map<String, Long> values) {
    }

    private final Cache<Drawing, byte[]> latest = Caffeine.newBuilder().maximumSize(CACHED_IMAGES).build();

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** One bar per entry, in the map's order; a chart with only zeros says there is no data yet. */
    public byte[] bars(String title, String xAxis, Map<String, Long> values) {
        return latest.get(new Drawing(title, xAxis, new LinkedHashMap<>(values)),
                drawing -> draw(drawing.title(), drawing.xAxis(), drawing.values()));
    }

    private static byte[] draw(String title, String xAxis, Map<String, Long> values) {
        boolean empty = values.values().stream().allMatch(value -> value == 0);
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title(empty ? title + " (no data yet)" : title)
                .xAxisTitle(xAxis).yAxisTitle("Count")
                .build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setXAxisLabelRotation(values.size() > 6 ? 45 : 0);
        chart.getStyler().setYAxisDecimalPattern("#,###");
        chart.getStyler().setLabelsVisible(false);
        chart.addSeries("count", new ArrayList<>(values.keySet()), new ArrayList<Number>(values.values()));
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
