package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.sponsorship.api.account.RegisterAuditorCommand;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Role;
import com.sponsorship.web.common.PlatformCommands;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every route's role and ownership rules, for every kind of account and for nobody signed in:
 * anything forbidden answers 401/403/404 (or the sign-in redirect for pages), never 200 or 500.
 */
@PlatformIntegrationTest
class AccessRulesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlatformCommands commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    Map<String, String> emails;
    String campaignOfA;
    String requestOfA;
    String privateCampaignOfA;

    @BeforeEach
    void accounts() {
        Scenario scenario = new Scenario(commands);
        Actor sponsorA = scenario.sponsor();
        Actor sponsorB = scenario.sponsor();
        Actor influencerX = scenario.influencer();
        Actor influencerY = scenario.influencer();
        Actor admin = new Actor(jdbc.queryForObject("select account_id from account_credentials where role = 'ADMIN'",
                String.class), Role.ADMIN);
        String auditorEmail = TestData.uniqueEmail("auditor");
        commands.send(new RegisterAuditorCommand(UUID.randomUUID().toString(), admin, "Audit Person", auditorEmail,
                TestData.PASSWORD));
        campaignOfA = scenario.campaign(sponsorA, "1000");
        requestOfA = scenario.offer(sponsorA, campaignOfA, influencerX, "100");
        privateCampaignOfA = scenario.privateCampaign(sponsorA, "1000");
        scenario.offer(sponsorA, privateCampaignOfA, influencerX, "100");
        emails = Map.of("sponsorA", emailOf(sponsorA), "sponsorB", emailOf(sponsorB), "influencerX", emailOf(influencerX),
                "influencerY", emailOf(influencerY), "admin", "admin@test.local", "auditor", auditorEmail);
    }

    private String emailOf(Actor actor) {
        return jdbc.queryForObject("select email from account_credentials where account_id = ?", String.class,
                actor.accountId());
    }

    record Rule(HttpMethod method, String path, String who, int expected) {
    }

    @Test
    void apiRoutesAnswerOnlyTheRolesAndOwnersTheyAreFor() throws Exception {
        String campaign = "/api/v1/campaigns/" + campaignOfA;
        String request = "/api/v1/ad-requests/" + requestOfA;
        List<Rule> rules = List.of(
                new Rule(HttpMethod.GET, "/api/v1/me", null, 401),
                new Rule(HttpMethod.GET, campaign, null, 401),
                new Rule(HttpMethod.GET, campaign, "sponsorA", 200),
                new Rule(HttpMethod.GET, campaign, "sponsorB", 404),
                new Rule(HttpMethod.GET, campaign, "admin", 200),
                new Rule(HttpMethod.GET, campaign, "auditor", 200),
                new Rule(HttpMethod.GET, "/api/v1/campaigns/" + privateCampaignOfA, "influencerX", 200),
                new Rule(HttpMethod.GET, "/api/v1/campaigns/" + privateCampaignOfA, "influencerY", 404),
                new Rule(HttpMethod.PUT, campaign, "sponsorB", 404),
                new Rule(HttpMethod.PUT, campaign, "influencerX", 403),
                new Rule(HttpMethod.POST, campaign + "/close", "sponsorB", 404),
                new Rule(HttpMethod.POST, campaign + "/close", "influencerX", 403),
                new Rule(HttpMethod.POST, campaign + "/ad-requests", "sponsorB", 404),
                new Rule(HttpMethod.POST, campaign + "/ad-requests", "influencerX", 403),
                new Rule(HttpMethod.POST, "/api/v1/campaigns", "influencerX", 403),
                new Rule(HttpMethod.POST, "/api/v1/campaigns", "auditor", 403),
                new Rule(HttpMethod.GET, request, "sponsorA", 200),
                new Rule(HttpMethod.GET, request, "influencerX", 200),
                new Rule(HttpMethod.GET, request, "sponsorB", 404),
                new Rule(HttpMethod.GET, request, "influencerY", 404),
                new Rule(HttpMethod.GET, request, "auditor", 200),
                new Rule(HttpMethod.POST, request + "/counter", "influencerY", 404),
                new Rule(HttpMethod.GET, request + "/certificate", null, 401),
                new Rule(HttpMethod.GET, request + "/certificate", "sponsorA", 200),
                new Rule(HttpMethod.GET, request + "/certificate", "auditor", 200),
                new Rule(HttpMethod.GET, request + "/certificate", "sponsorB", 404),
                new Rule(HttpMethod.GET, request + "/certificate", "influencerY", 404),
                new Rule(HttpMethod.GET, "/api/v1/audit/key", null, 200),
                new Rule(HttpMethod.POST, request + "/accept", "sponsorB", 404),
                new Rule(HttpMethod.POST, request + "/accept", "auditor", 403),
                new Rule(HttpMethod.POST, request + "/withdraw", "influencerX", 403),
                new Rule(HttpMethod.POST, request + "/apply", "sponsorA", 403),
                new Rule(HttpMethod.PUT, request, "influencerX", 403),
                new Rule(HttpMethod.GET, "/api/v1/influencers", "influencerX", 403),
                new Rule(HttpMethod.GET, "/api/v1/influencers", "sponsorA", 200),
                new Rule(HttpMethod.GET, "/api/v1/deliveries", "sponsorA", 200),
                new Rule(HttpMethod.GET, "/api/v1/deliveries", "influencerX", 200),
                new Rule(HttpMethod.GET, "/api/v1/deliveries", "auditor", 403),
                new Rule(HttpMethod.GET, "/api/v1/deliveries", "admin", 403),
                new Rule(HttpMethod.GET, "/api/v1/ad-requests", "influencerY", 200),
                new Rule(HttpMethod.GET, "/api/v1/ad-requests?status=AGREED&sponsor=a", "auditor", 200),
                new Rule(HttpMethod.GET, "/api/v1/ad-requests?status=AGREED&influencer=a", "admin", 200),
                new Rule(HttpMethod.POST, request + "/counter", "auditor", 403),
                new Rule(HttpMethod.POST, "/api/v1/admin/auditors", "sponsorA", 403),
                new Rule(HttpMethod.GET, "/api/v1/audit/admin-actions", "auditor", 200),
                new Rule(HttpMethod.GET, "/api/v1/audit/admin-actions", "admin", 200),
                new Rule(HttpMethod.GET, "/api/v1/audit/admin-actions", "sponsorA", 403),
                new Rule(HttpMethod.GET, "/api/v1/audit/admin-actions", "influencerX", 403),
                new Rule(HttpMethod.GET, "/api/v1/admin/projections", "auditor", 403),
                new Rule(HttpMethod.POST, "/api/v1/admin/projections/statistics/dead-letters/retry", "auditor", 403),
                new Rule(HttpMethod.POST, "/api/v1/admin/projections/rebuild", "sponsorA", 403),
                new Rule(HttpMethod.POST, "/api/v1/admin/projections/nonsense/dead-letters/retry", "admin", 404),
                new Rule(HttpMethod.POST, "/api/v1/admin/accounts/x/flag", "influencerX", 403),
                new Rule(HttpMethod.DELETE, "/api/v1/admin/accounts/x", "auditor", 403),
                new Rule(HttpMethod.POST, "/api/v1/admin/campaigns/" + campaignOfA + "/flag", "sponsorA", 403),
                new Rule(HttpMethod.GET, "/api/v1/stats/accounts-per-month.png", "sponsorA", 404),
                new Rule(HttpMethod.GET, "/api/v1/stats/accounts-per-month.png", "admin", 200),
                new Rule(HttpMethod.GET, "/api/v1/stats/accounts-per-month.png", "auditor", 200),
                new Rule(HttpMethod.GET, "/api/v1/stats/accounts-per-month.png", "influencerX", 404),
                new Rule(HttpMethod.GET, "/api/v1/stats/campaigns-per-month.png", "influencerX", 404),
                new Rule(HttpMethod.GET, "/api/v1/stats/campaigns-per-month.png", "sponsorA", 200),
                new Rule(HttpMethod.GET, "/api/v1/stats/spend-vs-budget.png", "sponsorA", 200),
                new Rule(HttpMethod.GET, "/api/v1/stats/spend-vs-budget.png", "influencerX", 404),
                new Rule(HttpMethod.GET, "/api/v1/stats/spend-vs-budget.png", "admin", 404),
                new Rule(HttpMethod.GET, "/api/v1/stats/earnings-per-month.png", "sponsorA", 404),
                new Rule(HttpMethod.GET, "/api/v1/stats/earnings-per-month.png", "influencerX", 200),
                new Rule(HttpMethod.GET, "/api/v1/stats/earnings-per-month.png", "auditor", 200),
                new Rule(HttpMethod.GET, "/api/v1/stats/nonsense.png", "admin", 404));
        List<String> broken = new ArrayList<>();
        for (Rule rule : rules) {
            MockHttpServletRequestBuilder call = request(rule.method(), rule.path())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"paymentAmount\":150,\"message\":\"m\",\"reason\":\"r\",\"name\":\"N\","
                            + "\"category\":\"Fitness\",\"budget\":500,\"visibility\":\"Public\","
                            + "\"startDate\":\"" + TestData.start() + "\",\"endDate\":\"" + TestData.end() + "\"}");
            if (rule.who() != null) {
                call.with(httpBasic(emails.get(rule.who()), rule.who().equals("admin") ? TestData.ADMIN_PASSWORD : TestData.PASSWORD));
            }
            int status = mvc.perform(call).andReturn().getResponse().getStatus();
            if (status != rule.expected()) {
                broken.add(rule + " answered " + status);
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void pagesAnswerOnlyTheRolesAndOwnersTheyAreFor() throws Exception {
        String campaign = "/campaigns/" + campaignOfA;
        String request = "/ad-requests/" + requestOfA;
        List<Rule> rules = List.of(
                new Rule(HttpMethod.GET, "/sponsor/campaigns", null, 302),
                new Rule(HttpMethod.GET, "/sponsor/campaigns", "influencerX", 403),
                new Rule(HttpMethod.GET, "/sponsor/campaigns", "sponsorA", 200),
                new Rule(HttpMethod.GET, campaign, "sponsorA", 200),
                new Rule(HttpMethod.GET, campaign, "sponsorB", 404),
                new Rule(HttpMethod.GET, "/campaigns/" + privateCampaignOfA, "influencerX", 200),
                new Rule(HttpMethod.GET, "/campaigns/" + privateCampaignOfA, "influencerY", 404),
                new Rule(HttpMethod.GET, "/sponsor/campaigns/" + campaignOfA + "/edit", "sponsorB", 404),
                new Rule(HttpMethod.POST, "/sponsor/campaigns/" + campaignOfA + "/close", "sponsorB", 404),
                new Rule(HttpMethod.POST, campaign + "/ad-requests", "sponsorB", 404),
                new Rule(HttpMethod.POST, campaign + "/ad-requests", "influencerX", 403),
                new Rule(HttpMethod.GET, request, "influencerX", 200),
                new Rule(HttpMethod.GET, request, "influencerY", 404),
                new Rule(HttpMethod.GET, request, "sponsorB", 404),
                new Rule(HttpMethod.GET, request + "/certificate.json", null, 302),
                new Rule(HttpMethod.GET, request + "/certificate.json", "influencerX", 200),
                new Rule(HttpMethod.GET, request + "/certificate.json", "influencerY", 404),
                new Rule(HttpMethod.GET, request + "/certificate.json", "sponsorB", 404),
                new Rule(HttpMethod.POST, request + "/counter", "influencerY", 404),
                new Rule(HttpMethod.POST, request + "/accept", "sponsorB", 404),
                new Rule(HttpMethod.POST, request + "/withdraw", "influencerX", 403),
                new Rule(HttpMethod.POST, request + "/counter", "auditor", 403),
                new Rule(HttpMethod.POST, request + "/edit", "auditor", 403),
                new Rule(HttpMethod.GET, "/ad-requests?status=AGREED&campaign=a", "auditor", 200),
                new Rule(HttpMethod.GET, "/ad-requests?status=AGREED&sponsor=a", "admin", 200),
                new Rule(HttpMethod.GET, "/", "auditor", 302),
                new Rule(HttpMethod.GET, "/influencer", "sponsorA", 403),
                new Rule(HttpMethod.GET, "/influencer", "influencerX", 200),
                new Rule(HttpMethod.GET, "/search", "auditor", 403),
                new Rule(HttpMethod.GET, "/search", "sponsorA", 200),
                new Rule(HttpMethod.GET, "/search", "influencerX", 200),
                new Rule(HttpMethod.GET, "/admin", "sponsorA", 403),
                new Rule(HttpMethod.POST, "/admin/projections/statistics/dead-letters/retry", "influencerX", 403),
                new Rule(HttpMethod.GET, "/admin/projections", "admin", 200),
                new Rule(HttpMethod.GET, "/admin", "admin", 200),
                new Rule(HttpMethod.POST, "/admin/accounts/x/flag", "influencerX", 403),
                new Rule(HttpMethod.GET, "/stats", "auditor", 200),
                new Rule(HttpMethod.GET, "/profile", "admin", 403),
                new Rule(HttpMethod.GET, "/profile", "influencerX", 200));
        List<String> broken = new ArrayList<>();
        for (Rule rule : rules) {
            MockHttpServletRequestBuilder call = request(rule.method(), rule.path()).with(csrf())
                    .param("paymentAmount", "150").param("message", "m").param("reason", "r");
            if (rule.who() != null) {
                call.with(signedIn(rule.who()));
            }
            int status = mvc.perform(call).andReturn().getResponse().getStatus();
            if (status != rule.expected()) {
                broken.add(rule + " answered " + status);
            }
        }
        assertThat(broken).isEmpty();
    }

    /** The signed-in principal the pages see, loaded as form login would load it. */
    private RequestPostProcessor signedIn(String who) {
        return user(users.loadUserByUsername(emails.get(who)));
    }
}
