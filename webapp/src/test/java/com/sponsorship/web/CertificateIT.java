package com.sponsorship.web;

import static com.sponsorship.web.ApiClient.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.sponsorship.audit.Chain;
import com.sponsorship.audit.DealCertificate;
import com.sponsorship.audit.Hashes;
import com.sponsorship.audit.PlatformKey;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

        PlatformKey key = platformKey(api);
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
            assertThat(platformKey(second)).as("the registered key, whichever instance answers")
                    .isEqualTo(platformKey(api));
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

    private static PlatformKey platformKey(ApiClient api) {
        ApiClient.Response key = api.get("/api/v1/audit/key", null, null);
        assertThat(key.status()).isEqualTo(200);
        return JSON.treeToValue(key.body(), PlatformKey.class);
    }

    /** What the offline verifier checks, with the audit classes alone. */
    private static void assertVerifies(DealCertificate certificate, String deal, PlatformKey key) {
        assertThat(certificate.format()).isEqualTo(DealCertificate.FORMAT);
        assertThat(certificate.negotiationId()).isEqualTo(deal);
        assertThat(key.signed(certificate.statement(), certificate.signature())).as("the certificate's signature").isTrue();
        assertThat(certificate.events()).hasSizeGreaterThanOrEqualTo(4);
        Map<Long, String> digests = new HashMap<>();
        for (int sequence = 0; sequence < certificate.events().size(); sequence++) {
            DealCertificate.Event event = certificate.events().get(sequence);
            assertThat(event.sequence()).isEqualTo(sequence);
            assertThat(event.aggregateId()).isEqualTo(deal);
            assertThat(event.digest()).isEqualTo(Hashes.hex(event.chained().digest()));
            digests.put(event.link(), event.digest());
        }
        assertThat(certificate.events().get(0).payload()).contains("Two reels", "Tag us").doesNotContain("Certified Creator");
        long covered = 0;
        for (DealCertificate.Segment segment : certificate.segments()) {
            for (DealCertificate.Link other : segment.others()) {
                assertThat(digests.putIfAbsent(other.link(), other.digest())).as("link %d listed once", other.link())
                        .isNull();
            }
            byte[] hash = Hashes.fromHex(segment.previousHash());
            for (long link = segment.fromLink(); link <= segment.checkpoint().link(); link++) {
                assertThat(digests).as("the digest of link %d", link).containsKey(link);
                hash = Chain.next(hash, Hashes.fromHex(digests.get(link)));
            }
            assertThat(Hashes.hex(hash)).as("the segment from link %d", segment.fromLink())
                    .isEqualTo(segment.checkpoint().hash());
            assertThat(key.signed(segment.checkpoint().statement(), segment.checkpoint().signature())).isTrue();
            long from = segment.fromLink();
            long to = segment.checkpoint().link();
            covered += certificate.events().stream().filter(event -> event.link() >= from && event.link() <= to).count();
        }
        assertThat(covered).as("every event in a segment").isEqualTo(certificate.events().size());
        String tampered = certificate.events().get(0).payload().replace("300", "900");
        DealCertificate.Event first = certificate.events().get(0);
        assertThat(Hashes.hex(new DealCertificate.Event(first.link(), first.position(), first.aggregateId(),
                first.sequence(), first.type(), first.revision(), first.timestamp(), tampered, first.metadata(),
                first.digest()).chained().digest())).as("a changed amount changes the digest").isNotEqualTo(first.digest());
        assertThat(tampered.getBytes(StandardCharsets.UTF_8)).isNotEqualTo(first.payload().getBytes(StandardCharsets.UTF_8));
    }
}
