package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sponsorship.audit.Chain;
import com.sponsorship.audit.ChainedEvent;
import com.sponsorship.audit.Checkpoint;
import com.sponsorship.audit.Hashes;
import com.sponsorship.audit.PlatformKey;
import com.sponsorship.command.chain.ChainSettings;
import com.sponsorship.command.chain.EventChainer;
import com.sponsorship.command.chain.PlatformSigningKey;
import com.sponsorship.command.chain.StoredEvents;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The event chain on a real store: every event appended through the API is chained within seconds, once,
 * in consecutive links whose hashes recompute from the rows; checkpoints are signed at every multiple of N
 * (10 in the test profile) with the key served on /api/v1/audit/key; concurrent commands and a second
 * instance change none of it. The key file is owner-only and its private key never reaches the log.
 */
@PlatformIntegrationTest
class ChainIT {

    private static final Duration WITHIN = Duration.ofSeconds(15);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    EventChainer chainer;
    @Autowired
    StoredEvents storedEvents;
    @Value("${platform.record.signing-key}")
    Path keyFile;
    @Value("${platform.record.checkpoint-every}")
    long checkpointEvery;

    ApiClient api;
    long logStart;
    long positionBefore;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiClient(port);
        logStart = IntegrationLog.end();
        positionBefore = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
    }

    @Test
    void everyEventAppendedIsChainedWithinSecondsAndCheckpointsVerifyWithThePublishedKey() {
        ApiClient.Parties parties = api.parties("Chain Brand", "Chain Creator", "Chain Campaign", 10_000);
        for (int deal = 0; deal < 4; deal++) {
            dealThrough(api, parties, deal);
        }

        TheRecord.awaitAllChained(jdbc, WITHIN);
        assertChainRecomputesFromTheRows();

        ApiClient.Response key = api.get("/api/v1/audit/key", null, null);
        assertThat(key.status()).as("the key is public").isEqualTo(200);
        assertThat(key.body().propertyNames()).containsExactly("algorithm", "publicKey");
        PlatformKey platformKey = new PlatformKey(key.body().get("algorithm").asString(),
                key.body().get("publicKey").asString());
        assertThat(platformKey.algorithm()).isEqualTo("Ed25519");

        long head = jdbc.queryForObject("select max(link) from event_chain_link", Long.class);
        assertThat(head).isGreaterThanOrEqualTo(checkpointEvery);
        List<Long> signedMultiples = jdbc.queryForList("select distinct link from event_chain_checkpoint"
                + " where link % ? = 0 order by link", Long.class, checkpointEvery);
        List<Long> multiples = new ArrayList<>();
        for (long link = checkpointEvery; link <= head - head % checkpointEvery; link += checkpointEvery) {
            multiples.add(link);
        }
        assertThat(signedMultiples).as("a checkpoint at every multiple of %d", checkpointEvery).containsAll(multiples);
        List<Checkpoint> checkpoints = jdbc.query("select c.link, c.global_index, c.hash, c.signed_at, c.signature"
                        + " from event_chain_checkpoint c order by c.id",
                (row, number) -> new Checkpoint(row.getLong(1), row.getLong(2), Hashes.hex(row.getBytes(3)),
                        row.getString(4), Base64.getEncoder().encodeToString(row.getBytes(5))));
        assertThat(checkpoints).isNotEmpty().allSatisfy(checkpoint -> {
            assertThat(platformKey.signed(checkpoint.statement(), checkpoint.signature()))
                    .as("signature of the checkpoint at link %d", checkpoint.link()).isTrue();
            assertThat(Hashes.hex(jdbc.queryForObject("select hash from event_chain_link where link = ?",
                    byte[].class, checkpoint.link()))).isEqualTo(checkpoint.hash());
            assertThat(jdbc.queryForObject("select global_index from event_chain_link where link = ?", Long.class,
                    checkpoint.link())).isEqualTo(checkpoint.position());
        });

        Checkpoint sealed = chainer.seal(head).orElseThrow();
        assertThat(sealed.link()).as("the checkpoint sealing the head").isGreaterThanOrEqualTo(head);
        assertThat(platformKey.signed(sealed.statement(), sealed.signature())).isTrue();
        assertThat(chainer.seal(head + 1_000_000)).as("a link the chain has not reached").isEmpty();
    }

    @Test
    void concurrentCommandsOnTwoInstancesGiveEachEventExactlyOneLink() throws Exception {
        ConfigurableApplicationContext second = SecondInstance.start(dataSource);
        try {
            ApiClient other = new ApiClient(((WebServerApplicationContext) second).getWebServer().getPort());
            ApiClient.Parties parties = api.parties("Race Brand", "Race Creator", "Race Campaign", 100_000);
            List<Callable<Void>> deals = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                ApiClient client = thread % 2 == 0 ? api : other;
                int deal = thread;
                deals.add(() -> {
                    dealThrough(client, parties, deal);
                    return null;
                });
            }
            AtOnce.send(deals);
            TheRecord.awaitAllChained(jdbc, WITHIN);
        } finally {
            second.close();
        }
        assertChainRecomputesFromTheRows();
    }

    /** With no new event for longer than checkpoint-at-least, a checkpoint is signed at the head all the same. */
    @Test
    void aCheckpointIsSignedAtTheHeadWhenTheNewestIsOlderThanAllowed() {
        TheRecord.awaitAllChained(jdbc, WITHIN);
        EventChainer everyMoment = new EventChainer(dataSource, storedEvents, PlatformSigningKey.loadOrCreate(keyFile),
                new ChainSettings(100, Duration.ofSeconds(2), Duration.ofMinutes(10), 1_000_000, Duration.ofMillis(1)),
                true);
        long newest = jdbc.queryForObject("select coalesce(max(id), 0) from event_chain_checkpoint", Long.class);
        // the application's chainer may hold the lock for a moment
        Awaitility.await("a checkpoint signed at the head").atMost(WITHIN).pollInterval(Duration.ofMillis(50))
                .until(() -> everyMoment.chainOnce() != null && jdbc.queryForObject(
                        "select coalesce(max(id), 0) from event_chain_checkpoint", Long.class) > newest);
        Map<String, Object> signed = jdbc.queryForMap("select link from event_chain_checkpoint"
                + " where id = (select max(id) from event_chain_checkpoint)");
        assertThat(signed.get("link")).isEqualTo(jdbc.queryForObject("select max(link) from event_chain_link", Long.class));
    }

    /**
     * An append still uncommitted holds the chain back briefly; then the chain passes its position, and chains
     * the event when it commits, at a later link (its position is in its digest).
     */
    @Test
    void aGapHoldsTheChainBackBrieflyAndAnEventCommittedIntoItLaterIsChainedThen() throws Exception {
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            long late = storeProbe(slow, Instant.now());
            long after = storeProbe(null, Instant.now());
            Thread.sleep(1_000);
            assertThat(linkOf(after)).as("the event after a young gap, a second later").isEmpty();
            Awaitility.await("the chain passing the gap").atMost(WITHIN).pollInterval(Duration.ofMillis(100))
                    .until(() -> linkOf(after).isPresent());
            assertThat(linkOf(late)).isEmpty();
            slow.commit();
            Awaitility.await("the late event chained").atMost(WITHIN).pollInterval(Duration.ofMillis(100))
                    .until(() -> linkOf(late).isPresent());
            assertThat(linkOf(late).orElseThrow()).as("chained after the event that committed first")
                    .isGreaterThan(linkOf(after).orElseThrow());
        }
        assertChainRecomputesFromTheRows();
    }

    /** A store chained for the first time has old gaps: one before an event older than the late window is passed at once. */
    @Test
    void aGapBeforeAnOldEventIsPassedAtOnce() throws Exception {
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            long gap = storeProbe(slow, Instant.now());
            long old = storeProbe(null, Instant.now().minus(Duration.ofHours(1)));
            Awaitility.await("the old event chained").atMost(WITHIN).pollInterval(Duration.ofMillis(100))
                    .until(() -> linkOf(old).isPresent());
            assertThat(jdbc.queryForObject("select l.chained_at < g.first_seen + interval '2 seconds'"
                    + " from event_chain_link l, event_chain_gap g where l.global_index = ? and g.low <= ? and g.high >= ?",
                    Boolean.class, old, gap, gap)).as("chained without waiting for the gap").isTrue();
            slow.rollback();
        }
    }

    /**
     * An event of a type no handler knows (so no read model minds it) on its own aggregate, stamped {@code at},
     * through {@code connection} left uncommitted, or committed at once when null; returns its position.
     */
    private long storeProbe(Connection connection, Instant at) throws Exception {
        long position = jdbc.queryForObject("select nextval('domain_event_entry_seq')", Long.class);
        String sql = "insert into domain_event_entry (global_index, event_identifier, aggregate_identifier,"
                + " sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)"
                + " values (?, ?, ?, 0, 'ChainProbe', ?, 'com.sponsorship.test.ChainProbe', '1', ?, ?)";
        Object[] values = {position, UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                at.toString(), "{}".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8)};
        if (connection == null) {
            jdbc.update(sql, values);
        } else {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(i + 1, values[i]);
                }
                insert.executeUpdate();
            }
        }
        return position;
    }

    private Optional<Long> linkOf(long position) {
        return jdbc.queryForList("select link from event_chain_link where global_index = ?", Long.class, position)
                .stream().findFirst();
    }

    @Test
    void theKeyFileIsOwnerOnlyAndItsPrivateKeyNeverLogged() throws Exception {
        assertThat(keyFile).as("the test profile's key, in target/").exists()
                .startsWith(Path.of("target").toAbsolutePath());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        List<String> body = Files.readAllLines(keyFile).stream().filter(line -> !line.startsWith("-----")).toList();
        assertThat(body).isNotEmpty();

        // a start that loads the key, and requests that use it
        ConfigurableApplicationContext second = SecondInstance.start(dataSource);
        second.close();
        ApiClient.Parties parties = api.parties("Logged Brand", "Logged Creator", "Logged Campaign", 1_000);
        dealThrough(api, parties, 0);
        TheRecord.awaitAllChained(jdbc, WITHIN);

        String log = IntegrationLog.since(logStart);
        assertThat(log).doesNotContain("PRIVATE KEY");
        body.forEach(line -> assertThat(log).doesNotContain(line));
    }

    /** An offer, a counter-offer and an acceptance: the events of three aggregates and more. */
    private static void dealThrough(ApiClient client, ApiClient.Parties parties, int deal) {
        String id = client.adRequest(parties, "Deal " + deal, 100);
        assertThat(client.post("/api/v1/ad-requests/" + id + "/counter", parties.influencer(), TestData.PASSWORD,
                Map.of("paymentAmount", 120, "message", "120 please")).status()).isEqualTo(200);
        assertThat(client.post("/api/v1/ad-requests/" + id + "/accept", parties.sponsor(), TestData.PASSWORD, Map.of())
                .status()).isEqualTo(200);
    }

    /**
     * Links 1..head without a hole, each event once, each hash the previous hash chained with the digest; the
     * aggregate, sequence and digest of this test's events recomputed from their rows (other tests of the shared store edit theirs).
     */
    private void assertChainRecomputesFromTheRows() {
        long links = jdbc.queryForObject("select count(*) from event_chain_link", Long.class);
        assertThat(jdbc.queryForObject("select coalesce(max(link), 0) from event_chain_link", Long.class))
                .as("consecutive links").isEqualTo(links);
        assertThat(jdbc.queryForObject("select count(distinct global_index) from event_chain_link", Long.class))
                .as("each event chained once").isEqualTo(links);
        assertThat(jdbc.queryForObject("select count(*) from event_chain_link l join domain_event_entry e"
                + " on e.global_index = l.global_index and (e.aggregate_identifier <> l.aggregate_identifier"
                + " or e.sequence_number <> l.sequence_number) where l.global_index > ?", Long.class, positionBefore))
                .as("each link names its event's aggregate and sequence").isZero();
        byte[][] previous = {Chain.GENESIS};
        jdbc.query("select l.link, l.hash, l.event_digest, e.global_index, e.aggregate_identifier, e.sequence_number,"
                + " e.payload_type, e.payload_revision, e.time_stamp, e.payload, e.meta_data from event_chain_link l"
                + " left join domain_event_entry e on e.global_index = l.global_index order by l.link", row -> {
                    long link = row.getLong(1);
                    byte[] digest = row.getBytes(3);
                    assertThat(row.getBytes(2)).as("hash of link %d", link).isEqualTo(Chain.next(previous[0], digest));
                    previous[0] = row.getBytes(2);
                    if (row.getLong(4) > positionBefore) {
                        ChainedEvent event = new ChainedEvent(row.getLong(4), row.getString(5), row.getLong(6),
                                row.getString(7), row.getString(8), row.getString(9), row.getBytes(10), row.getBytes(11));
                        assertThat(Arrays.equals(event.digest(), digest)).as("digest of link %d", link).isTrue();
                    }
                });
    }
}
