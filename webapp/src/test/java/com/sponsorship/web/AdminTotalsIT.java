package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.sponsorship.api.account.FlagAccountCommand;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Role;
import com.sponsorship.web.common.PlatformCommands;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The admin's totals, on the page and over the API, follow every change (tests run one at a time). */
@PlatformIntegrationTest
class AdminTotalsIT {

    @Autowired
    PlatformCommands commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @LocalServerPort
    int port;

    @Test
    void totalsCountAccountsByRoleCampaignsAdRequestsByStatusAndFlags() throws Exception {
        ApiClient api = new ApiClient(port);
        JsonNode before = totals(api);

        Scenario scenario = new Scenario(commands);
        Actor sponsor = scenario.sponsor();
        Actor influencer = scenario.influencer();
        String campaign = scenario.campaign(sponsor, "1000");
        scenario.offer(sponsor, campaign, influencer, "100");
        scenario.openToAny(sponsor, campaign, "50");
        commands.send(new FlagAccountCommand(influencer.accountId(), admin(), "Spam"));

        JsonNode after = totals(api);
        assertThat(grew(before, after, "accountsByRole", "SPONSOR")).isEqualTo(1);
        assertThat(grew(before, after, "accountsByRole", "INFLUENCER")).isEqualTo(1);
        assertThat(grew(before, after, "accountsByRole", "AUDITOR")).isZero();
        assertThat(after.get("flaggedAccounts").asLong() - before.get("flaggedAccounts").asLong()).isEqualTo(1);
        assertThat(grew(before, after, "campaignsByStatus", "OPEN")).isEqualTo(1);
        assertThat(grew(before, after, "adRequestsByStatus", "AWAITING_INFLUENCER")).isEqualTo(1);
        assertThat(grew(before, after, "adRequestsByStatus", "OPEN")).isEqualTo(1);
        assertThat(after.get("adRequestsByStatus").get("CANCELLED")).as("every status, 0 when none").isNotNull();
        assertThat(after.get("accountsByRole").get("ADMIN").asLong()).isEqualTo(1);
        assertThat(after.get("accountsByRole").has("SYSTEM")).as("the platform has no account").isFalse();

        String page = mvc.perform(get("/admin").with(user(users.loadUserByUsername(TestData.ADMIN_EMAIL))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(
                "id=\"accounts-influencer\">" + shown(after.get("accountsByRole").get("INFLUENCER")) + "<",
                "id=\"accounts-flagged\">" + shown(after.get("flaggedAccounts")) + "<",
                "id=\"ad-requests-awaiting_influencer\">" + shown(after.get("adRequestsByStatus").get("AWAITING_INFLUENCER")) + "<");
    }

    /** As the page writes a count: 1,234. */
    private static String shown(JsonNode count) {
        return String.format(Locale.ROOT, "%,d", count.asLong());
    }

    private static JsonNode totals(ApiClient api) {
        ApiClient.Response answer = api.get("/api/v1/admin/totals", TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    private static long grew(JsonNode before, JsonNode after, String group, String key) {
        return after.get(group).get(key).asLong() - before.get(group).get(key).asLong();
    }

    private Actor admin() {
        return new Actor(jdbc.queryForObject("select account_id from account_credentials where role = 'ADMIN'",
                String.class), Role.ADMIN);
    }
}
