package com.sponsorship.api.stats;

/** A chart drawn on the server from the statistics read model; answered with a {@link ChartImage}. */
public record RenderChartQuery(Chart chart, StatsScope scope) {
}
