package com.sponsorship.query.stats;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;
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

    private record Drawing(String title, Figures figures) {
    }

    private final Cache<Drawing, byte[]> latest = Caffeine.newBuilder().maximumSize(CACHED_IMAGES).build();

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /**
     * One bar per category and series (side by side, with a legend when there are several), in the
     * figures' order; a chart with only zeros says there is no data yet.
     */
    byte[] bars(String title, Figures figures) {
        return latest.get(new Drawing(title, figures), drawing -> draw(drawing.title(), drawing.figures()));
    }

    private static byte[] draw(String title, Figures figures) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title(figures.empty() ? title + " (no data yet)" : title)
                .xAxisTitle(figures.xAxis()).yAxisTitle(figures.yAxis())
                .build();
        int categories = figures.series().values().stream().mapToInt(Map::size).max().orElse(0);
        chart.getStyler().setLegendVisible(figures.series().size() > 1);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setXAxisLabelRotation(categories > 6 ? 45 : 0);
        chart.getStyler().setYAxisDecimalPattern("#,##0.#");
        chart.getStyler().setLabelsVisible(false);
        figures.series().forEach((name, values) ->
                chart.addSeries(name, new ArrayList<>(values.keySet()), new ArrayList<>(values.values())));
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
