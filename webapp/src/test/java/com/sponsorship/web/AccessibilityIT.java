package com.sponsorship.web;

import static com.sponsorship.web.ApiClient.created;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every main page of every role, in a real browser at phone and at desktop width: axe-core finds no serious
 * accessibility problem, no duplicate id and no unnamed control, and no page is wider than the window. All the
 * problems of a run are reported together, page by page.
 */
@PlatformIntegrationTest
class AccessibilityIT {

    /** Rules that fail a page whatever impact axe gives them: ids must be unique and every control named. */
    private static final Set<String> ALWAYS_FAIL = Set.of("duplicate-id", "duplicate-id-active", "duplicate-id-aria",
            "label", "select-name", "button-name", "link-name", "aria-input-field-name");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    private static final int PHONE_WIDTH = 390;

    @LocalServerPort
    int port;

    private ApiClient api;
    private Browser browser;
    private int width;
    private final List<String> failures = new ArrayList<>();

    @ParameterizedTest(name = "{0} x {1} px")
    @CsvSource({"390, 844", "1280, 900"})
    void everyMainPageOfEveryRolePassesTheAccessibilityCheckAndFitsTheWindow(int width, int height) {
        api = new ApiClient(port);
        this.width = width;
        String sponsor = api.register("sponsors", "Access Brand", Map.of("industry", "Sports"));
        String influencer = api.register("influencers", "Access Creator",
                Map.of("category", "Yoga", "reach", 52_000));
        String auditor = TestData.uniqueEmail("auditor");
        created(api.post("/api/v1/admin/auditors", TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD,
                Map.of("name", "Access Auditor", "email", auditor, "password", TestData.PASSWORD)));
        String influencerId = api.accountId(influencer);
        String campaign = created(api.post("/api/v1/campaigns", sponsor, TestData.PASSWORD,
                campaign("Access Public Campaign", "Public")));
        String privateCampaign = created(api.post("/api/v1/campaigns", sponsor, TestData.PASSWORD,
                campaign("Access Private Campaign", "Private")));
        String negotiation = created(api.post("/api/v1/campaigns/" + campaign + "/ad-requests", sponsor,
                TestData.PASSWORD, Map.of("influencerId", influencerId, "message", "Three stories",
                        "requirements", "Tag us", "paymentAmount", 300)));
        assertThat(api.post("/api/v1/ad-requests/" + negotiation + "/counter", influencer, TestData.PASSWORD,
                Map.of("paymentAmount", 450, "message", "My rate is 450")).status()).isEqualTo(200);
        created(api.post("/api/v1/campaigns/" + campaign + "/ad-requests", sponsor, TestData.PASSWORD,
                Map.of("message", "Open to anyone", "requirements", "One post", "paymentAmount", 100)));
        String thread = "/ad-requests/" + negotiation;
        String deal = created(api.post("/api/v1/campaigns/" + campaign + "/ad-requests", sponsor, TestData.PASSWORD,
                Map.of("influencerId", influencerId, "message", "Agreed", "requirements", "One reel",
                        "paymentAmount", 200)));
        assertThat(api.post("/api/v1/ad-requests/" + deal + "/accept", influencer, TestData.PASSWORD, Map.of())
                .status()).isEqualTo(200);
        String payment = created(api.post("/api/v1/ad-requests/" + deal + "/payments", sponsor, TestData.PASSWORD,
                Map.of("amount", 50, "paidOn", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(),
                        "method", "PAYPAL", "reference", "ACCESS-1")));
        assertThat(api.post("/api/v1/ad-requests/" + deal + "/deliverables/1/draft", influencer, TestData.PASSWORD,
                Map.of("url", "https://example.com/draft", "note", "First cut")).status()).isEqualTo(204);
        String agreedThread = "/ad-requests/" + deal;
        // a draft waits for review: the sponsor sees the review form, the influencer the waiting item
        String deliverable = agreedThread + "/deliverables/1";
        String ledger = "/campaigns/" + campaign + "/ledger";
        // a draft disputed after three change rounds, and a cancellation the influencer proposed: the sponsor
        // sees Accept/Refuse and the dispute, the admin the form that ends the deal
        String disputed = created(api.post("/api/v1/campaigns/" + campaign + "/ad-requests", sponsor, TestData.PASSWORD,
                Map.of("influencerId", influencerId, "message", "Disputed", "requirements", "One reel",
                        "paymentAmount", 150)));
        assertThat(api.post("/api/v1/ad-requests/" + disputed + "/accept", influencer, TestData.PASSWORD, Map.of())
                .status()).isEqualTo(200);
        String disputedItem = "/ad-requests/" + disputed + "/deliverables/1";
        for (int round = 0; round <= 3; round++) {
            if (round > 0) {
                assertThat(api.post("/api/v1" + disputedItem + "/request-changes", sponsor, TestData.PASSWORD,
                        Map.of("note", "Again")).status()).isEqualTo(204);
            }
            assertThat(api.post("/api/v1" + disputedItem + "/draft", influencer, TestData.PASSWORD,
                    Map.of("url", "https://example.com/v" + round)).status()).isEqualTo(204);
        }
        assertThat(api.post("/api/v1" + disputedItem + "/dispute", sponsor, TestData.PASSWORD,
                Map.of("reason", "Off-brand")).status()).isEqualTo(204);
        assertThat(api.post("/api/v1/ad-requests/" + disputed + "/cancellation", influencer, TestData.PASSWORD,
                Map.of("reason", "We cannot agree")).status()).isEqualTo(204);
        String disputedThread = "/ad-requests/" + disputed;

        try (Browser opened = new Browser(port, width, height)) {
            browser = opened;
            checkAll("/login", "/login?error", "/register/sponsor", "/register/influencer");

            browser.signIn(sponsor, TestData.PASSWORD);
            // the not-found page is checked signed in: signed out, every unknown address leads to the sign-in page
            checkAll("/sponsor/campaigns", "/sponsor/campaigns/new", "/campaigns/" + campaign,
                    "/campaigns/" + privateCampaign, "/campaigns/" + campaign + "?influencer=" + influencerId,
                    "/sponsor/campaigns/" + campaign + "/edit", "/search", "/search?q=Access&category=YOGA",
                    "/ad-requests", thread, "/stats", "/profile", "/profile/export", "/no-such-page", agreedThread, deliverable, ledger,
                    ledger + "?asOf=2001-01-01T00:00", "/sponsor/to-review", "/sponsor/to-review?status=PENDING",
                    disputedThread, disputedItem);
            browser.open("/sponsor/campaigns/new");
            browser.submit("Create campaign");
            assertThat(browser.count(".is-invalid")).as("fields marked in error").isPositive();
            checkHere("the empty campaign form, sent");
            if (width == PHONE_WIDTH) {
                checkTheMenuFolds();
            }

            browser.signIn(influencer, TestData.PASSWORD);
            checkAll("/influencer", "/search", "/search?q=Access&category=YOGA", "/campaigns/" + campaign,
                    "/ad-requests", thread, "/stats", "/profile", "/profile/export", "/influencer/payments", agreedThread, deliverable,
                    agreedThread + "/payments/" + payment + "/dispute", "/influencer/to-deliver",
                    "/influencer/to-deliver?status=LIVE", "/influencer/to-deliver?status=WRONG", disputedThread,
                    disputedItem);

            browser.signIn(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
            checkAll("/admin", "/admin?tab=accounts", "/admin?tab=campaigns", "/admin?tab=ad-requests",
                    "/admin/projections", "/ad-requests", thread, "/campaigns/" + campaign, "/stats", disputedThread,
                    "/profile/export", "/audit/admin-actions", "/audit/admin-actions?action=WRONG", "/audit/record");

            browser.signIn(auditor, TestData.PASSWORD);
            String now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
            checkAll("/ad-requests", "/ad-requests?status=AWAITING_SPONSOR", thread, thread + "?asOf=" + now,
                    "/campaigns/" + campaign, "/stats", ledger, "/profile/export", "/audit/admin-actions", "/audit/record");
        }
        assertThat(failures).withFailMessage(() -> failures.size() + " problems at " + width + " px:\n  "
                + String.join("\n  ", failures)).isEmpty();
    }

    private void checkAll(String... pages) {
        for (String page : pages) {
            browser.open(page);
            if (browser.path().startsWith("/login") && !page.startsWith("/login")) {
                failures.add(page + ": sent to the sign-in page instead");
                continue;
            }
            checkHere(page);
        }
    }

    /** Collects what is wrong with the page the browser shows now. */
    private void checkHere(String page) {
        for (Rule rule : browser.accessibilityViolations()) {
            if (ALWAYS_FAIL.contains(rule.getId()) || FAILING_IMPACTS.contains(rule.getImpact())) {
                failures.add(page + " [" + width + " px]: " + rule.getId() + " (" + rule.getImpact() + ") "
                        + rule.getHelp() + " at " + rule.getNodes().stream().map(CheckedNode::getTarget)
                        .map(String::valueOf).collect(Collectors.joining(", ")));
            }
        }
        List<String> sideways = browser.sideways();
        if (!sideways.isEmpty()) {
            failures.add(page + " [" + width + " px]: wider than the window: " + sideways);
        }
        if (width == PHONE_WIDTH && (browser.height("nav.navbar") > 70 || !browser.isDisplayed(".navbar-toggler"))) {
            failures.add(page + " [" + width + " px]: the navigation does not fold into a menu button ("
                    + browser.height("nav.navbar") + " px high)");
        }
    }

    /** At phone width the links are behind the menu button until it is pressed. */
    private void checkTheMenuFolds() {
        browser.open("/stats");
        assertThat(browser.isDisplayed("#main-menu a[href='/stats']")).isFalse();
        browser.openMenu();
        assertThat(browser.isDisplayed("#main-menu a[href='/stats']")).isTrue();
    }

    private static Map<String, Object> campaign(String name, String visibility) {
        return Map.of("name", name, "description", "Checked by axe", "category", "Yoga", "budget", 5000,
                "visibility", visibility, "startDate", TestData.start().toString(),
                "endDate", TestData.end().toString());
    }
}
