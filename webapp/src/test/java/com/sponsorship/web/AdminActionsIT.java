package com.sponsorship.web;

import static com.sponsorship.web.ApiClient.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sponsorship.query.runtime.ProjectionRebuilds;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Every admin action done over the API is in the admin-actions log, with its admin, action, target
 * and reason, newest first; its filters, its CSV and page, and who may read it.
 */
@PlatformIntegrationTest
class AdminActionsIT {

    private static final String PW = TestData.PASSWORD;
    private static final String ADMIN = TestData.ADMIN_EMAIL;
    private static final String ADMIN_PW = TestData.ADMIN_PASSWORD;
    private static final String LOG = "/api/v1/audit/admin-actions";

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ProjectionRebuilds rebuilds;

    private final String token = UUID.randomUUID().toString().substring(0, 8);
    private ApiClient api;

    private String idOf(String email) {
        return api.accountId(email);
    }

    private void expectDone(ApiClient.Response answer) {
        assertThat(answer.status()).as("%s", answer.body()).isIn(200, 202, 204);
    }

    private static String query(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** An agreed deal whose only deliverable the sponsor disputed after three change rounds. */
    private String disputedDeal(ApiClient.Parties parties) {
        String deal = created(api.post("/api/v1/campaigns/" + parties.campaignId() + "/ad-requests", parties.sponsor(), PW,
                Map.of("influencerId", parties.influencerId(), "message", "A reel", "paymentAmount", 300,
                        "terms", Map.of("deliverables", List.of(Map.of("kind", "INSTAGRAM_REEL", "count", 1,
                                        "description", "Unboxing")),
                                "dueDate", LocalDate.now().plusDays(20).toString(), "usageRightsMonths", 0,
                                "exclusivityDays", 0))));
        expectDone(api.post("/api/v1/ad-requests/" + deal + "/accept", parties.influencer(), PW, Map.of()));
        String draft = "/api/v1/ad-requests/" + deal + "/deliverables/1/";
        expectDone(api.post(draft + "draft", parties.influencer(), PW, Map.of("url", "https://x.test/v0")));
        for (int round = 1; round <= 3; round++) {
            expectDone(api.post(draft + "request-changes", parties.sponsor(), PW, Map.of("note", "Again")));
            expectDone(api.post(draft + "draft", parties.influencer(), PW, Map.of("url", "https://x.test/v" + round)));
        }
        expectDone(api.post(draft + "dispute", parties.sponsor(), PW, Map.of("reason", "Still off-brand")));
        return deal;
    }

    /** This test's rows of the log (by their targets, or the token in their reason), as read by {@code email}. */
    private List<Tuple> ours(String path, String email, String password, Set<String> targets) {
        JsonNode page = api.get(path, email, password).body();
        List<Tuple> rows = new ArrayList<>();
        for (JsonNode row : page.get("content")) {
            String target = row.get("targetId").isNull() ? null : row.get("targetId").asString();
            String reason = row.get("reason").isNull() ? null : row.get("reason").asString();
            if (targets.contains(target) || reason != null && reason.contains(token)) {
                rows.add(tuple(row.get("adminId").asString(), row.get("action").asString(), target, reason));
            }
        }
        return rows;
    }

    @Test
    void everyAdminActionIsLoggedWithItsAdminAndReasonNewestFirstFilteredAndExported() throws Exception {
        api = new ApiClient(port);
        ApiClient.Parties parties = api.parties("Logged Brand", "Logged Creator", "Logged Campaign", 1000);
        String campaign = parties.campaignId();
        String influencer = parties.influencerId();
        String removed = idOf(api.register("influencers", "Removed Creator", Map.of("category", "Yoga", "reach", 10)));
        String erased = idOf(api.register("sponsors", "Erased Brand", Map.of("industry", "Sports")));
        String adminId = api.get("/api/v1/me", ADMIN, ADMIN_PW).body().get("id").asString();
        String admin = "/api/v1/admin";

        expectDone(api.post(admin + "/accounts/" + influencer + "/flag", ADMIN, ADMIN_PW,
                Map.of("reason", "Fake followers " + token)));
        expectDone(api.delete(admin + "/accounts/" + influencer + "/flag?reason=" + query("Checked " + token), ADMIN, ADMIN_PW));
        expectDone(api.post(admin + "/campaigns/" + campaign + "/flag", ADMIN, ADMIN_PW,
                Map.of("reason", "Misleading " + token)));
        expectDone(api.delete(admin + "/campaigns/" + campaign + "/flag", ADMIN, ADMIN_PW));
        expectDone(api.delete(admin + "/accounts/" + removed + "?reason=" + query("Spam " + token), ADMIN, ADMIN_PW));
        expectDone(api.post(admin + "/accounts/" + erased + "/erase", ADMIN, ADMIN_PW,
                Map.of("reason", "Asked by mail " + token)));
        String deal = disputedDeal(parties);
        expectDone(api.post(admin + "/ad-requests/" + deal + "/cancel", ADMIN, ADMIN_PW,
                Map.of("reason", "They cannot agree " + token)));
        expectDone(api.post("/api/v1/campaigns/" + campaign + "/close", ADMIN, ADMIN_PW, Map.of()));
        String auditorEmail = TestData.uniqueEmail("auditor");
        String auditor = created(api.post(admin + "/auditors", ADMIN, ADMIN_PW,
                Map.of("name", "Log Auditor", "email", auditorEmail, "password", PW)));
        expectDone(api.post(admin + "/projections/admin-actions/rebuild?reason=" + query("New index " + token), ADMIN,
                ADMIN_PW, Map.of()));
        await("rebuild done").atMost(Duration.ofSeconds(60)).until(() -> !rebuilds.isRebuilding());
        expectDone(api.post(admin + "/projections/accounts/dead-letters/retry?reason=" + query("Fixed " + token), ADMIN,
                ADMIN_PW, Map.of()));

        Set<String> targets = Set.of(campaign, influencer, removed, erased, deal, auditor);
        List<Tuple> expected = List.of(
                tuple(adminId, "RETRY_DEAD_LETTERS", "accounts", "Fixed " + token),
                tuple(adminId, "REBUILD", "admin-actions", "New index " + token),
                tuple(adminId, "CREATE_AUDITOR", auditor, null),
                tuple(adminId, "CLOSE_CAMPAIGN", campaign, "Closed by an admin"),
                tuple(adminId, "END_DISPUTED_DEAL", deal, "They cannot agree " + token),
                tuple(adminId, "ERASE_ACCOUNT", erased, "Asked by mail " + token),
                tuple(adminId, "REMOVE_ACCOUNT", erased, "Asked by mail " + token),
                tuple(adminId, "REMOVE_ACCOUNT", removed, "Spam " + token),
                tuple(adminId, "CLEAR_CAMPAIGN_FLAG", campaign, "The flag no longer applies"),
                tuple(adminId, "FLAG_CAMPAIGN", campaign, "Misleading " + token),
                tuple(adminId, "CLEAR_ACCOUNT_FLAG", influencer, "Checked " + token),
                tuple(adminId, "FLAG_ACCOUNT", influencer, "Fake followers " + token));
        assertThat(ours(LOG + "?page=0&size=100", auditorEmail, PW, targets)).containsExactlyElementsOf(expected);
        assertThat(ours(LOG + "?size=100", ADMIN, ADMIN_PW, targets)).as("admins read it too")
                .containsExactlyElementsOf(expected);
        JsonNode firstPage = api.get(LOG + "?page=0&size=2", auditorEmail, PW).body();
        assertThat(firstPage.get("content")).hasSize(2);
        assertThat(firstPage.get("page").get("size").asInt()).isEqualTo(2);
        assertThat(firstPage.get("page").get("totalElements").asLong()).isGreaterThanOrEqualTo(expected.size());
        assertThat(firstPage.get("content").get(0).get("at").asString()).isNotBlank();

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(ours(LOG + "?size=100&action=FLAG_CAMPAIGN", auditorEmail, PW, targets))
                .containsExactly(tuple(adminId, "FLAG_CAMPAIGN", campaign, "Misleading " + token));
        assertThat(ours(LOG + "?size=100&admin=" + adminId + "&from=" + today + "&to=" + today, auditorEmail, PW,
                targets)).containsExactlyElementsOf(expected);
        assertThat(api.get(LOG + "?admin=nobody", auditorEmail, PW).body().get("content")).isEmpty();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        assertThat(ours(LOG + "?size=100&from=" + tomorrow, auditorEmail, PW, targets)).isEmpty();
        ApiClient.Response badAction = api.get(LOG + "?action=DELETE_EVERYTHING", auditorEmail, PW);
        assertThat(badAction.status()).isEqualTo(400);
        assertThat(badAction.body().get("errors").findValuesAsString("field")).containsExactly("action");
        ApiClient.Response reversed = api.get(LOG + "?from=" + tomorrow + "&to=" + today, auditorEmail, PW);
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.body().get("errors").findValuesAsString("field")).containsExactly("to");

        String csv = mvc.perform(get("/audit/admin-actions.csv").param("action", "REMOVE_ACCOUNT").with(as(auditorEmail)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("at,admin_id,admin_name,action,target_id,reason")
                .contains("REMOVE_ACCOUNT," + removed + ",Spam " + token, "REMOVE_ACCOUNT," + erased + ",Asked by mail " + token)
                .doesNotContain("FLAG_CAMPAIGN");
        String page = mvc.perform(get("/audit/admin-actions?admin=" + adminId).with(as(auditorEmail)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Admin actions", "Misleading " + token, "END_DISPUTED_DEAL",
                "href=\"/audit/admin-actions.csv?admin=" + adminId + "\"");

        assertThat(api.get(LOG, parties.influencer(), PW).status()).isEqualTo(403);
        assertThat(api.get(LOG, parties.sponsor(), PW).status()).isEqualTo(403);
        mvc.perform(get("/audit/admin-actions").with(as(parties.sponsor()))).andExpect(status().isForbidden());
        mvc.perform(get("/audit/admin-actions.csv").with(as(parties.sponsor()))).andExpect(status().isForbidden());
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
