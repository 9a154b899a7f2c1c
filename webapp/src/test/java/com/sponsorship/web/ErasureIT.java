package com.sponsorship.web;

import static com.sponsorship.web.ApiClient.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.sponsorship.api.common.Rules;
import com.sponsorship.audit.DealCertificate;
import com.sponsorship.audit.Verdict;
import com.sponsorship.audit.Verifier;
import com.sponsorship.query.runtime.ProjectionRebuilds;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Erasure (GDPR Art. 17): once a person is erased, nothing the platform stores, shows, exports or
 * logs holds their name or e-mail address, a rebuild of every read model keeps it so, and their
 * deals' amounts and dates stay.
 */
@PlatformIntegrationTest
class ErasureIT {

    private static final String PW = TestData.PASSWORD;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectionRebuilds rebuilds;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void anErasedPersonIsGoneFromEveryRecordPageExportAndLogAndStaysGoneAfterARebuild() throws Exception {
        ApiClient api = new ApiClient(port);
        String name = "Erasable Zenobia " + Long.toString(System.nanoTime(), 36);
        String email = api.register("influencers", name, Map.of("category", "Yoga", "reach", 5_000));
        String id = api.accountId(email);
        ApiClient.Parties others = api.parties("Erasure Brand", "Erasure Other", "Erasure Campaign", 3000);
        String deal = created(api.post("/api/v1/campaigns/" + others.campaignId() + "/ad-requests", others.sponsor(),
                PW, Map.of("influencerId", id, "message", "A reel", "paymentAmount", 700)));
        assertThat(api.post("/api/v1/ad-requests/" + deal + "/accept", email, PW, Map.of()).status()).isEqualTo(200);
        created(api.post("/api/v1/ad-requests/" + deal + "/payments", others.sponsor(), PW, Map.of("amount", 200,
                "paidOn", LocalDate.now().toString(), "method", "PAYPAL", "reference", "ER-1")));
        String ledger = "/api/v1/campaigns/" + others.campaignId() + "/ledger";
        assertThat(api.get(ledger, others.sponsor(), PW).body().toString()).as("shown before").contains(name);
        long logBefore = IntegrationLog.end();

        assertThat(api.post("/api/v1/admin/accounts/" + id + "/erase", TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD,
                Map.of("reason", "Asked by letter")).status()).isEqualTo(204);
        assertThat(api.post("/api/v1/admin/accounts/" + id + "/erase", TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD,
                Map.of()).body().get("code").asString()).isEqualTo("account-erased");
        await("the read model erased").atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select name from account_view where id = ?", String.class, id).equals("Erased user"));

        assertThat(api.get("/api/v1/me", email, PW).status()).as("no sign-in any more").isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from personal_data_key where subject_id = ?", Long.class, id))
                .isZero();
        assertNowhere(name, email, api, others, deal);
        assertThat(api.get("/api/v1/ad-requests/" + deal, others.sponsor(), PW).body().get("paymentAmount")
                .decimalValue()).as("the business record stays").isEqualByComparingTo("700");

        Projections.rebuildAll(rebuilds);
        assertNowhere(name, email, api, others, deal);

        // the chain covers the stored bytes, encrypted, which erasing the key leaves as they were
        TheRecord.assertIntact(api, jdbc);
        byte[] certificate = api.bytes("/api/v1/ad-requests/" + deal + "/certificate", others.sponsor(), PW).body();
        assertThat(new String(certificate, StandardCharsets.UTF_8)).doesNotContainIgnoringCase(name)
                .doesNotContainIgnoringCase(email);
        assertThat(new Verifier().verify(JSON.readValue(certificate, DealCertificate.class), TheRecord.platformKey(api)))
                .isEqualTo(Verdict.VALID);
        assertThat(IntegrationLog.since(logBefore)).doesNotContainIgnoringCase(name).doesNotContainIgnoringCase(email);
    }

    @Test
    void aPersonErasesTheirOwnAccountOnTheirProfileWithTheirPassword() throws Exception {
        ApiClient api = new ApiClient(port);
        String email = api.register("sponsors", "Self Erasing " + System.nanoTime(), Map.of("industry", "Sports"));
        String id = api.accountId(email);

        String wrong = mvc.perform(post("/profile/erase").with(csrf()).with(user(users.loadUserByUsername(email)))
                .param("password", TestData.WRONG_PASSWORD)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(wrong).contains("id=\"password-errors\"").contains(Rules.PASSWORD_NOT_RIGHT);
        assertThat(api.get("/api/v1/me", email, PW).status()).as("nothing erased").isEqualTo(200);

        mvc.perform(post("/profile/erase").with(csrf()).with(user(users.loadUserByUsername(email)))
                .param("password", PW)).andExpect(redirectedUrl("/login?erased"));
        assertThat(api.get("/api/v1/me", email, PW).status()).isEqualTo(401);
        await("the read model erased").atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select email from account_view where id = ?", String.class, id).equals("erased-" + id + "@erased.invalid"));
        assertThat(mvc.perform(get("/login").param("erased", "")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Your account and your personal data are erased.");
    }

    /** Not in any table of the database (events included), nor in any page, answer or export about the deal. */
    private void assertNowhere(String name, String email, ApiClient api, ApiClient.Parties others, String deal)
            throws Exception {
        assertThat(tablesHolding(name)).as("tables holding the name").isEmpty();
        assertThat(tablesHolding(email)).as("tables holding the e-mail").isEmpty();
        List<String> seen = new ArrayList<>();
        String admin = TestData.ADMIN_EMAIL;
        String adminPw = TestData.ADMIN_PASSWORD;
        String ledger = "/api/v1/campaigns/" + others.campaignId() + "/ledger";
        seen.add(api.get("/api/v1/ad-requests/" + deal, others.sponsor(), PW).body().toString());
        seen.add(api.get("/api/v1/ad-requests/" + deal + "/history", admin, adminPw).body().toString());
        seen.add(text(api, "/api/v1/ad-requests/" + deal + "/history.csv", admin, adminPw));
        seen.add(api.get(ledger, others.sponsor(), PW).body().toString());
        seen.add(text(api, ledger + ".csv", admin, adminPw));
        seen.add(api.get("/api/v1/ad-requests?size=100", admin, adminPw).body().toString());
        seen.add(api.get("/api/v1/influencers?q=Erasable&size=100", others.sponsor(), PW).body().toString());
        seen.add(text(api, "/api/v1/me/export", others.sponsor(), PW));
        seen.add(page("/admin?tab=accounts&size=100", admin));
        seen.add(page("/ad-requests/" + deal, admin));
        seen.add(page("/campaigns/" + others.campaignId() + "/ledger", admin));
        seen.add(page("/search?q=Erasable", others.sponsor()));
        assertThat(seen).allSatisfy(page -> assertThat(page).doesNotContainIgnoringCase(name)
                .doesNotContainIgnoringCase(email));
    }

    private String page(String path, String email) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(email)))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String text(ApiClient api, String path, String email, String password) {
        return new String(api.bytes(path, email, password).body(), StandardCharsets.UTF_8);
    }

    /** The tables with a row holding {@code value} in any text column (any case) or binary one (as is, or lower case). */
    private List<String> tablesHolding(String value) {
        List<Map<String, Object>> columns = jdbc.queryForList("select table_name, column_name, data_type"
                + " from information_schema.columns where table_schema = 'public'"
                + " and data_type in ('text', 'character varying', 'bytea', 'jsonb', 'json')");
        List<String> holding = new ArrayList<>();
        String lower = value.toLowerCase(Locale.ROOT);
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            String quoted = "\"" + name + "\"";
            Long rows = "bytea".equals(column.get("data_type"))
                    ? jdbc.queryForObject("select count(*) from \"" + table + "\" where position(convert_to(?, 'UTF8') in "
                            + quoted + ") > 0 or position(convert_to(?, 'UTF8') in " + quoted + ") > 0", Long.class,
                            value, lower)
                    : jdbc.queryForObject("select count(*) from \"" + table + "\" where position(? in lower(" + quoted
                            + "::text)) > 0", Long.class, lower);
            if (rows != null && rows > 0) {
                holding.add(table + "." + name);
            }
        }
        return holding;
    }

}
