package com.sponsorship.api.stats;

/** The admin's overview: how many accounts, campaigns and ad requests there are, by kind. */
public record FindPlatformTotalsQuery() {
}
