package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sponsorship.api.common.Role;
import com.sponsorship.api.common.Rules;
import com.sponsorship.api.stats.Chart;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The first journey in a real browser, on a phone-sized window. */
@PlatformIntegrationTest
class BrowserJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void sponsorRegistersSignsInAndCreatesACampaignThatIsListedAtOnce() {
        String email = TestData.uniqueEmail("browser");
        browser.open("/register/sponsor");
        browser.type("name", "Browser Brand");
        browser.type("email", email);
        browser.type("password", "weak");
        browser.choose("industry", "Food-and-Beverage");
        browser.submit("Create account");
        assertThat(browser.text("#password-errors")).isEqualTo(Rules.PASSWORD_WEAK);

        browser.type("password", TestData.PASSWORD);
        browser.submit("Create account");
        assertThat(browser.path()).isEqualTo("/sponsor/campaigns");
        assertThat(browser.title()).startsWith("My campaigns");
        assertThat(browser.text("#notice")).isEqualTo("Welcome! Your account is ready.");

        browser.open("/sponsor/campaigns/new");
        browser.type("name", "Browser Launch");
        browser.type("description", "Shown in a real browser");
        browser.choose("category", "Tech-Gadgets");
        browser.type("budget", "0");
        browser.setDate("startDate", TestData.start().toString());
        browser.setDate("endDate", TestData.end().toString());
        browser.submit("Create campaign");
        assertThat(browser.text("#budget-errors")).isEqualTo(Rules.AMOUNT_POSITIVE);

        browser.type("budget", "4200.50");
        browser.submit("Create campaign");
        assertThat(browser.path()).isEqualTo("/sponsor/campaigns");
        assertThat(browser.text("#campaigns tbody")).contains("Browser Launch", "Tech-Gadgets", "4,200.50");
    }

    @Test
    void closingACampaignAsksFirstAndDismissingTheQuestionKeepsItOpen() {
        String email = TestData.uniqueEmail("confirm");
        registerSponsor("Careful Brand", email);
        browser.signIn(email, TestData.PASSWORD);
        createCampaign("Kept Open", "100");
        browser.follow("Kept Open");
        String campaignPath = browser.path();

        browser.submitAnswering("Close campaign", false);
        browser.open(campaignPath);
        assertThat(browser.hasButton("Close campaign")).isTrue();

        browser.submitAnswering("Close campaign", true);
        browser.open(campaignPath);
        assertThat(browser.hasButton("Close campaign")).isFalse();
    }

    @Test
    void aDealFromSearchToAgreementThenModeration() {
        String sponsor = TestData.uniqueEmail("deal-sponsor");
        String influencer = TestData.uniqueEmail("deal-influencer");
        String creatorName = "Creator " + Long.toString(System.nanoTime(), 36).substring(0, 6);

        browser.open("/register/influencer");
        browser.type("name", creatorName);
        browser.type("email", influencer);
        browser.type("password", TestData.PASSWORD);
        browser.choose("category", "Travel");
        browser.type("reach", "120000");
        browser.submit("Create account");

        registerSponsor("Deal Brand", sponsor);
        browser.signIn(sponsor, TestData.PASSWORD);
        createCampaign("Island Tour", "1000");

        browser.open("/search?q=" + creatorName.substring(8) + "&category=TRAVEL");
        assertThat(browser.text("#influencers tbody")).contains(creatorName);
        browser.submit("Offer");
        browser.type("paymentAmount", "300");
        browser.type("message", "Two reels from the island");
        browser.submit("Send ad request");
        assertThat(browser.text("#negotiation-status")).isEqualTo("Awaiting influencer");
        String negotiationPath = browser.path();

        browser.signIn(influencer, TestData.PASSWORD);
        assertThat(browser.path()).isEqualTo("/influencer");
        browser.followInRow("Island Tour", "Open thread");
        browser.type("paymentAmount", "400");
        browser.type("message", "Three reels for 400");
        browser.submit("Send counter-offer");
        assertThat(browser.text("#negotiation-status")).isEqualTo("Awaiting sponsor");

        browser.signIn(sponsor, TestData.PASSWORD);
        browser.open(negotiationPath);
        browser.submit("Accept");
        assertThat(browser.text("#negotiation-status")).isEqualTo("Agreed");
        assertThat(browser.text("#thread")).contains("Three reels for 400");
        browser.follow("Island Tour");
        assertThat(browser.text("#budget-used")).isEqualTo("400.00");
        assertThat(browser.text("#budget-remaining")).isEqualTo("600.00");

        browser.signIn("admin@test.local", TestData.ADMIN_PASSWORD);
        assertThat(browser.path()).startsWith("/admin");
        browser.submitInRow(sponsor, "Fake invoices", "Flag");
        assertThat(browser.text("#notice")).isEqualTo("Account flagged");

        browser.signIn(sponsor, TestData.PASSWORD);
        assertThat(browser.text("#flag-banner")).contains("Fake invoices");
        browser.open("/sponsor/campaigns/new");
        browser.type("name", "Second Tour");
        browser.choose("category", "Travel");
        browser.type("budget", "500");
        browser.setDate("startDate", TestData.start().toString());
        browser.setDate("endDate", TestData.end().toString());
        browser.submit("Create campaign");
        assertThat(browser.text(".alert-danger")).contains("flagged");

        browser.open("/stats");
        assertThat(browser.count("img.chart")).as("every chart a sponsor sees, spend vs budget among them")
                .isEqualTo((int) Arrays.stream(Chart.values()).filter(chart -> chart.visibleTo(Role.SPONSOR)).count());
        assertThat(browser.imagesLoaded("img.chart")).isTrue();
    }

    /** A rebuild in progress (here on another instance, as its shared row says) is followed live until it ends. */
    @Test
    void theProjectionsPageFollowsARebuildUntilItEndsWithoutAReload() {
        jdbc.update("insert into projection_rebuild (projection, owner, started_at, heartbeat, target)"
                + " values ('campaigns', 'another-instance', now(), now(), 1000000000) on conflict (projection) do update"
                + " set owner = excluded.owner, started_at = now(), heartbeat = now(), target = excluded.target,"
                + " finished_at = null, problem = null");
        try {
            browser.signIn(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
            browser.open("/admin/projections");
            assertThat(browser.text("#projections")).contains("Rebuilding");
            assertThat(browser.element("#projections .progress-bar").getAttribute("style")).contains("width: 0%");

            jdbc.update("update projection_rebuild set finished_at = now() where projection = 'campaigns'");
            assertThat(browser.changesInPlace("#projections", "Rebuilding")).isTrue();
            assertThat(browser.hasButton("Rebuild all")).isTrue();
        } finally {
            jdbc.update("update projection_rebuild set finished_at = now() where finished_at is null"
                    + " and owner = 'another-instance'");
        }
    }

    private void registerSponsor(String name, String email) {
        browser.open("/register/sponsor");
        browser.type("name", name);
        browser.type("email", email);
        browser.type("password", TestData.PASSWORD);
        browser.choose("industry", "Tourism");
        browser.submit("Create account");
    }

    /** A travel campaign of the signed-in sponsor, running from tomorrow for two months. */
    private void createCampaign(String name, String budget) {
        browser.open("/sponsor/campaigns/new");
        browser.type("name", name);
        browser.choose("category", "Travel");
        browser.type("budget", budget);
        browser.setDate("startDate", TestData.start().toString());
        browser.setDate("endDate", TestData.end().toString());
        browser.submit("Create campaign");
    }
}
