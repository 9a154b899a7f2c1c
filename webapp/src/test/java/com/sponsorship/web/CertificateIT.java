package com.sponsorship.web;

import static com.sponsorship.web.ApiClient.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.sponsorship.audit.DealCertificate;
import com.sponsorship.audit.PlatformKey;
import com.sponsorship.audit.Verdict;
import com.sponsorship.audit.Verifier;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A deal run through the API has a certificate its sponsor, its influencer, auditors and admins can download
 * (from the API and from the negotiation's page), and that checks out offline with the audit classes alone:
 * every event's digest, every segment's links up to a checkpoint signed with the published key, and the
 * certificate's own signature. Anyone else gets "not found"; an instance without the platform key says so.
 */
@PlatformIntegrationTest
class CertificateIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @TempDir
    Path otherKeys;
    @TempDir
    Path files;

    @Test
    void theDealsCertificateVerifiesOfflineForEachPartyAndStaffAndIsNobodyElses() throws Exception {
        ApiClient api = new ApiClient(port);
        ApiClient.Parties parties = api.parties("Certified Brand", "Certified Creator", "Certified Campaign", 5_000);
        String deal = api.adRequest(parties, "Two reels", 300);
        assertThat(api.post("/api/v1/ad-requests/" + deal + "/counter", parties.influencer(), TestData.PASSWORD,
                Map.of("paymentAmount", 400, "message", "400 please")).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/ad-requests/" + deal + "/counter", parties.sponsor(), TestData.PASSWORD,
                Map.of("paymentAmount", 350, "message", "Meet at 350")).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/ad-requests/" + deal + "/accept", parties.influencer(), TestData.PASSWORD,
                Map.of()).status()).isEqualTo(200);
        String auditor = TestData.uniqueEmail("auditor");
        created(api.post("/api/v1/admin/auditors", TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD, Map.of(
                "name", "Certificate Auditor", "email", auditor, "password", TestData.PASSWORD)));
        api.accountId(auditor);

        PlatformKey key = TheRecord.platformKey(api);
        Map<String, String> readers = Map.of(parties.sponsor(), TestData.PASSWORD, parties.influencer(),
                TestData.PASSWORD, auditor, TestData.PASSWORD, TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
        for (Map.Entry<String, String> reader : readers.entrySet()) {
            HttpResponse<byte[]> download = api.bytes("/api/v1/ad-requests/" + deal + "/certificate", reader.getKey(),
                    reader.getValue());
            assertThat(download.statusCode()).as("certificate for %s", reader.getKey()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(download.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename=\"deal-" + deal + "-certificate.json\"");
            assertVerifies(JSON.readValue(download.body(), DealCertificate.class), deal, key);
            JsonNode file = JSON.readTree(download.body());
            assertThat(file.propertyNames()).as("exactly the record's components").containsExactly("format",
                    "negotiationId", "issuedAt", "events", "segments", "signature");
            assertThat(file.get("events").get(0).propertyNames()).containsExactly("link", "position", "aggregateId",
                    "sequence", "type", "revision", "timestamp", "payload", "metadata", "digest");
            assertThat(file.get("segments").get(0).propertyNames()).containsExactly("fromLink", "previousHash",
                    "others", "checkpoint");
        }

        String otherSponsor = api.register("sponsors", "Nosy Brand", Map.of("industry", "Sports"));
        String otherInfluencer = api.register("influencers", "Nosy Creator", Map.of("category", "Yoga", "reach", 10));
        for (String stranger : List.of(otherSponsor, otherInfluencer)) {
            api.accountId(stranger);
            assertThat(api.get("/api/v1/ad-requests/" + deal + "/certificate", stranger, TestData.PASSWORD).status())
                    .as("certificate for %s", stranger).isEqualTo(404);
        }
        assertThat(api.get("/api/v1/ad-requests/" + UUID.randomUUID() + "/certificate", auditor, TestData.PASSWORD)
                .status()).as("an unknown id").isEqualTo(404);
        assertThat(api.get("/api/v1/ad-requests/" + deal + "/certificate", null, null).status()).isEqualTo(401);

        // the negotiation's page links the same download, served with the page's session sign-in
        for (String reader : List.of(parties.sponsor(), parties.influencer(), auditor)) {
            String page = mvc.perform(MockMvcRequestBuilders.get("/ad-requests/" + deal)
                    .with(user(users.loadUserByUsername(reader)))).andReturn().getResponse().getContentAsString();
            assertThat(page).as("the page %s sees", reader).contains("/ad-requests/" + deal + "/certificate.json")
                    .contains("Download certificate");
        }
        MvcResult fromPage = mvc.perform(MockMvcRequestBuilders.get("/ad-requests/" + deal + "/certificate.json")
                .with(user(users.loadUserByUsername(parties.influencer())))).andReturn();
        assertThat(fromPage.getResponse().getStatus()).isEqualTo(200);
        assertVerifies(JSON.readValue(fromPage.getResponse().getContentAsByteArray(), DealCertificate.class), deal, key);
        assertTheJarVerifies(fromPage.getResponse().getContentAsByteArray(),
                new String(api.bytes("/api/v1/audit/key", null, null).body(), StandardCharsets.UTF_8));
    }

    @Test
    void anInstanceWithAnotherKeyServesThePlatformKeyAndSignsNothing() throws Exception {
        ApiClient api = new ApiClient(port);
        ApiClient.Parties parties = api.parties("Keyed Brand", "Keyed Creator", "Keyed Campaign", 1_000);
        String deal = api.adRequest(parties, "One post", 100);
        long logStart = IntegrationLog.end();
        ConfigurableApplicationContext other = SecondInstance.start(dataSource,
                "--platform.record.signing-key=" + otherKeys.resolve("another-key.pem"));
        try {
            ApiClient second = new ApiClient(((WebServerApplicationContext) other).getWebServer().getPort());
            assertThat(TheRecord.platformKey(second)).as("the registered key, whichever instance answers")
                    .isEqualTo(TheRecord.platformKey(api));
            ApiClient.Response refused = second.get("/api/v1/ad-requests/" + deal + "/certificate", parties.sponsor(),
                    TestData.PASSWORD);
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("detail").asString()).contains("PLATFORM_SIGNING_KEY");
            assertThat(IntegrationLog.since(logStart)).contains("is not the platform's");
        } finally {
            other.close();
        }
    }

    /** The offline verifier's verdict, in process. */
    private static void assertVerifies(DealCertificate certificate, String deal, PlatformKey key) {
        assertThat(certificate.negotiationId()).isEqualTo(deal);
        assertThat(certificate.events()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(certificate.events().get(0).payload()).contains("Two reels", "Tag us").doesNotContain("Certified Creator");
        assertThat(new Verifier().verify(certificate, key)).isEqualTo(Verdict.VALID);
    }

    /**
     * The auditor's three commands on a real certificate: the standalone jar says "valid" (exit 0); a changed
     * amount, two events swapped and a dropped event each give exit 1 and say what is wrong.
     */
    private void assertTheJarVerifies(byte[] certificate, String keyJson) throws Exception {
        Path key = Files.writeString(files.resolve("key.json"), keyJson);
        assertThat(verifierJar(Files.write(files.resolve("certificate.json"), certificate), key))
                .isEqualTo(new JarVerdict(0, "valid"));

        ObjectNode changed = (ObjectNode) JSON.readTree(certificate);
        ObjectNode offer = (ObjectNode) changed.get("events").get(0);
        offer.put("payload", offer.get("payload").asString().replace("300", "900"));
        assertThat(verifierJar(Files.write(files.resolve("changed.json"), JSON.writeValueAsBytes(changed)), key))
                .satisfies(verdict -> assertThat(verdict.exit()).isEqualTo(1))
                .satisfies(verdict -> assertThat(verdict.output()).startsWith("invalid: event sequence 0 (position ")
                        .contains("was changed"));

        ObjectNode swapped = (ObjectNode) JSON.readTree(certificate);
        ArrayNode events = (ArrayNode) swapped.get("events");
        JsonNode second = events.get(1);
        events.set(1, events.get(2));
        events.set(2, second);
        assertThat(verifierJar(Files.write(files.resolve("swapped.json"), JSON.writeValueAsBytes(swapped)), key))
                .isEqualTo(new JarVerdict(1, "invalid: event with sequence 2 is listed before sequence 1"));

        ObjectNode dropped = (ObjectNode) JSON.readTree(certificate);
        ((ArrayNode) dropped.get("events")).remove(1);
        assertThat(verifierJar(Files.write(files.resolve("dropped.json"), JSON.writeValueAsBytes(dropped)), key))
                .isEqualTo(new JarVerdict(1, "invalid: event with sequence 1 is missing"));
    }

    private record JarVerdict(int exit, String output) {
    }

    /** {@code java -jar audit-verifier/target/audit-verifier.jar CERTIFICATE KEY}, as the README tells auditors. */
    private static JarVerdict verifierJar(Path certificate, Path key) throws Exception {
        Path jar = Path.of("..", "audit-verifier", "target", "audit-verifier.jar");
        assertThat(jar).as("built by the audit-verifier module before the web app").isRegularFile();
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), certificate.toString(), key.toString()).redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new JarVerdict(run.exitValue(), output);
    }
}
