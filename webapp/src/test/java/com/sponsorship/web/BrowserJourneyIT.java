package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sponsorship.api.common.Rules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The first journey in a real browser, on a phone-sized window. */
@PlatformIntegrationTest
class BrowserJourneyIT {

    @LocalServerPort
    int port;
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
        assertThat(browser.path()).isEqualTo("/login?registered");

        browser.type("email", email);
        browser.type("password", TestData.PASSWORD);
        browser.submit("Sign in");
        assertThat(browser.path()).isEqualTo("/sponsor/campaigns");
        assertThat(browser.title()).startsWith("My campaigns");

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
}
