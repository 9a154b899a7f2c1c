package com.sponsorship.query.stats;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a chart draws: one or more series of values over the same categories, in order.
 *
 * @param series each series' name and its values by category
 */
record Figures(String xAxis, String yAxis, Map<String, Map<String, Number>> series) {

    Figures {
        Map<String, Map<String, Number>> copy = new LinkedHashMap<>();
        series.forEach((name, values) -> copy.put(name, new LinkedHashMap<>(values)));
        series = copy;
    }

    /** One series of counts. */
    static Figures counts(String xAxis, Map<String, Long> counts) {
        return new Figures(xAxis, "Count", Map.of("count", new LinkedHashMap<>(counts)));
    }

    boolean empty() {
        return series.values().stream().flatMap(values -> values.values().stream())
                .allMatch(value -> value.doubleValue() == 0);
    }
}
