package com.sponsorship.demo;

import java.time.Duration;
import java.util.Locale;

/**
 * What a generation made, and how to sign in to see it. Every generated account has the password
 * {@link #password()}: deliberately public demo data, so it may be printed.
 */
public record DemoSummary(DemoSize size, String runToken, long commands, long campaignsClosed,
                          long refusedAcceptances, Duration took, String sponsorEmail, String influencerEmail,
                          String password, String adminEmail) {

    /** The lines the console shows at the end. */
    public String report() {
        return String.format(Locale.ROOT, """
                Demo data ready (%s, run token %s): %,d sponsors, %,d influencers, %,d campaigns (%,d closed or ended), \
                %,d ad requests; %,d commands in %d min %d s; %,d acceptances refused (budget used up).
                Demo logins (password %s for every generated account; public demo data, not a secret):
                  sponsor     %s
                  influencer  %s
                  admin       %s with ADMIN_PASSWORD, or the password printed when it was created""",
                size, runToken, size.sponsors(), size.influencers(), size.campaigns(), campaignsClosed,
                size.adRequests(), commands, took.toMinutes(), took.toSecondsPart(), refusedAcceptances, password,
                sponsorEmail, influencerEmail, adminEmail);
    }
}
