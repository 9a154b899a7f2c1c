package com.sponsorship.web.bench;

import java.util.Arrays;

/** Percentiles of recorded durations, in milliseconds. */
final class Latencies {

    private final long[] nanos;

    Latencies(long[] nanos) {
        this.nanos = nanos.clone();
        Arrays.sort(this.nanos);
    }

    double percentileMillis(double percentile) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * nanos.length) - 1;
        return nanos[Math.max(0, Math.min(nanos.length - 1, index))] / 1_000_000.0;
    }

    int count() {
        return nanos.length;
    }
}
