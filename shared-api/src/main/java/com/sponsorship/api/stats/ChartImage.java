package com.sponsorship.api.stats;

/** A rendered chart as PNG bytes. */
public record ChartImage(byte[] png) {
}
