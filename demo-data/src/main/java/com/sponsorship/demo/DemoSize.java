package com.sponsorship.demo;

import java.util.Locale;

/** How much demo data to generate: accounts, campaigns and ad requests (negotiations). */
public enum DemoSize {
    SMALL(10, 50, 40, 300),
    MEDIUM(100, 1_000, 2_000, 20_000),
    LARGE(1_000, 10_000, 20_000, 200_000);

    private final int sponsors;
    private final int influencers;
    private final int campaigns;
    private final int adRequests;

    DemoSize(int sponsors, int influencers, int campaigns, int adRequests) {
        this.sponsors = sponsors;
        this.influencers = influencers;
        this.campaigns = campaigns;
        this.adRequests = adRequests;
    }

    /** Reads the value of {@code --demo-data}, in any case. */
    public static DemoSize parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("--demo-data must be small, medium or large, not '" + value + "'");
        }
    }

    public int sponsors() {
        return sponsors;
    }

    public int influencers() {
        return influencers;
    }

    public int campaigns() {
        return campaigns;
    }

    public int adRequests() {
        return adRequests;
    }
}
