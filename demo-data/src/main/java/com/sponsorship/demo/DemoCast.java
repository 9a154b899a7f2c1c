package com.sponsorship.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * The accounts of one run in order of registration: the i-th of n registers after
 * {@code (i/n)^shape} of its span, so the first accounts are the oldest and "who had registered by
 * then" is a prefix of the list.
 */
final class DemoCast {

    private final DemoAccount[] sponsors;
    private final DemoAccount[] influencers;

    DemoCast(int sponsors, int influencers) {
        this.sponsors = new DemoAccount[sponsors];
        this.influencers = new DemoAccount[influencers];
    }

    /** A shape above 1 registers most accounts early, below 1 most of them late (a growing platform). */
    static Instant registrationTime(int index, int count, double shape, Instant from, Instant to) {
        double share = Math.pow((double) index / count, shape);
        return from.plusMillis((long) (share * Duration.between(from, to).toMillis()));
    }

    void sponsorRegistered(int index, DemoAccount sponsor) {
        sponsors[index] = sponsor;
    }

    void influencerRegistered(int index, DemoAccount influencer) {
        influencers[index] = influencer;
    }

    DemoAccount sponsor(int index) {
        return sponsors[index];
    }

    DemoAccount influencer(int index) {
        return influencers[index];
    }

    int sponsorCount() {
        return sponsors.length;
    }

    int influencerCount() {
        return influencers.length;
    }

    /** Any influencer who had registered before {@code moment} (the first one registers at the very start). */
    DemoAccount influencerRegisteredBefore(Instant moment, Random random) {
        int low = 1;
        int high = influencers.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (influencers[middle].registeredAt().isBefore(moment)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return influencers[random.nextInt(low)];
    }
}
