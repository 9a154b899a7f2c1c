package com.sponsorship.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the senders of one generation share: its size and run token, the simulated year, the
 * accounts registered so far, the progress line and the counters of the summary.
 */
record DemoRun(DemoSize size, String token, Instant now, DemoCast cast, DemoProgress progress,
               AtomicLong commandsSent, AtomicLong campaignsCreated, AtomicLong refusedAcceptances) {

    DemoRun(DemoSize size, String token, Instant now, DemoProgress progress) {
        this(size, token, now, new DemoCast(size.sponsors(), size.influencers()), progress, new AtomicLong(),
                new AtomicLong(), new AtomicLong());
    }

    Instant yearAgo() {
        return now.minus(Duration.ofDays(365));
    }

    /** Sponsors sign up until two months ago, so that even the newest has a history of campaigns. */
    Instant lastSponsorSignUp() {
        return now.minus(Duration.ofDays(60));
    }

    Instant lastInfluencerSignUp() {
        return now.minus(Duration.ofDays(14));
    }

    /** Nothing is simulated after this moment: the generator's own actions stay in the past. */
    Instant horizon() {
        return now.minus(Duration.ofHours(1));
    }

    /** Unique per run, so that a second run on the same database registers new emails. */
    String email(String name, String suffix) {
        return DemoTexts.emailWords(name) + "." + suffix + "." + token + "@example.com";
    }
}
