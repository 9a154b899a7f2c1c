package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sponsorship.api.account.InfluencerProfileUpdatedEvent;
import com.sponsorship.api.account.InfluencerRegisteredEvent;
import com.sponsorship.api.account.SponsorRegisteredEvent;
import com.sponsorship.api.account.UpdateInfluencerProfileCommand;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Role;
import com.sponsorship.command.privacy.PersonalDataProtection;
import com.sponsorship.command.privacy.PlainPersonalDataMigration;
import com.sponsorship.query.runtime.ProjectionRebuilds;
import com.sponsorship.web.common.PlatformCommands;
import com.sponsorship.web.config.PersonalDataMigrationRecord;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A store from before personal data was encrypted (plain names and e-mail addresses in the payloads,
 * no keys, no record of the migration) is encrypted in place at start-up, once even when instances
 * start together (here: two passes of this instance and another instance starting): its events still load, every
 * read model rebuilds as before, a second pass changes nothing, the pass is in the admin-actions log, every person in
 * it can be erased, and the chain, which starts after the pass, verifies.
 */
@PlatformIntegrationTest
class PlainPersonalDataMigrationIT {

    /** Axon's Jackson serializer without the protection: the payloads as the platform stored them before. */
    private static final Serializer BEFORE_ENCRYPTION = JacksonSerializer.defaultSerializer();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    EventStore eventStore;
    @Autowired
    PlatformCommands commands;
    @Autowired
    ProjectionRebuilds rebuilds;
    @Autowired
    PlainPersonalDataMigration migration;
    @Autowired
    PersonalDataMigrationRecord migrationRecord;

    @Test
    void anOldStoreIsEncryptedOnceAtStartUpStillLoadsRebuildsTheSameAndEveryoneInItCanBeErased() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from personal_data_migration", Long.class))
                .as("the pass ran when this instance started").isPositive();
        ApiClient api = new ApiClient(port);
        String tag = Long.toString(System.nanoTime(), 36);
        String brand = "Plain Brand " + tag;
        String creator = "Plain Creator " + tag;
        String renamed = creator + " Renamed";
        ApiClient.Parties parties = api.parties(brand, creator, "Plain Campaign " + tag, 3000);
        String sponsorId = api.accountId(parties.sponsor());
        String influencerId = parties.influencerId();
        commands.send(new UpdateInfluencerProfileCommand(influencerId, new Actor(influencerId, Role.INFLUENCER), renamed,
                Category.YOGA, 2_000L));
        String deal = api.agreedDeal(parties, "A reel", 700);
        List<String> personalData = List.of(brand, creator, renamed, parties.sponsor(), parties.influencer());

        // an old store: no chain while it is made and migrated; the chain then starts from the migrated store
        Map<String, String> readModelsBefore;
        try (ChainPause oldStore = ChainPause.oldStore(dataSource)) {
            storeAsBeforeEncryption(sponsorId);
            storeAsBeforeEncryption(influencerId);
            jdbc.update("delete from personal_data_migration");
            assertThat(accountPayloads(sponsorId, influencerId)).hasSize(3).allSatisfy(payload -> assertThat(payload)
                    .containsAnyOf(brand, creator).doesNotContain("pd1:"));
            Projections.rebuildAll(rebuilds);
            readModelsBefore = ReadModelChecksums.of(jdbc);
            long logBefore = IntegrationLog.end();

            ExecutorService starts = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> here = List.of(starts.submit(migration::runOnce), starts.submit(migration::runOnce));
                SecondInstance.start(dataSource).close();
                for (Future<?> start : here) {
                    start.get();
                }
            } finally {
                starts.shutdown();
            }

            assertThat(jdbc.queryForList("select events_changed || '/' || values_encrypted from personal_data_migration",
                    String.class)).as("one pass, with 2 + 2 + 1 values in 3 events").containsExactly("3/5");
            List<String> migrated = accountPayloads(sponsorId, influencerId);
            assertThat(migrated).hasSize(3).allSatisfy(payload -> assertThat(payload).contains("\"name\":\"pd1:")
                    .doesNotContain(personalData));
            assertThat(jdbc.queryForObject("select count(*) from personal_data_key where subject_id in (?, ?)", Long.class,
                    sponsorId, influencerId)).isEqualTo(2);
            // the pass's INFO line itself is not asserted: the second instance resets logback as it starts,
            // which drops what another thread logs at that moment
            assertThat(IntegrationLog.since(logBefore)).doesNotContain(personalData);

            SponsorRegisteredEvent sponsor = (SponsorRegisteredEvent) events(sponsorId).get(0);
            assertThat(List.of(sponsor.name(), sponsor.email())).containsExactly(brand, parties.sponsor());
            List<Object> influencer = events(influencerId);
            assertThat(((InfluencerRegisteredEvent) influencer.get(0)).email()).isEqualTo(parties.influencer());
            assertThat(((InfluencerProfileUpdatedEvent) influencer.get(1)).name()).isEqualTo(renamed);

            assertThat(migration.migrate()).as("a second pass").isEqualTo(new PlainPersonalDataMigration.Outcome(0, 0));
            assertThat(accountPayloads(sponsorId, influencerId)).isEqualTo(migrated);
        }

        Projections.rebuildAll(rebuilds);
        // the pass itself is a new admin action (recorded by whichever instance ran its start-up first)
        assertThat(ReadModelChecksums.of(jdbc)).as("the same read models, the admin-actions log aside")
                .containsAllEntriesOf(withoutAdminActions(readModelsBefore)).hasSameSizeAs(readModelsBefore);

        long pass = jdbc.queryForObject("select id from personal_data_migration where events_changed > 0", Long.class);
        migrationRecord.run(null);
        migrationRecord.run(null);
        await("the pass in the admin-actions log").atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "select target_id || ': ' || reason from admin_action_view where action = 'ENCRYPT_PERSONAL_DATA'",
                String.class), rows -> !rows.isEmpty());
        assertThat(jdbc.queryForList("select target_id || ': ' || reason from admin_action_view"
                + " where action = 'ENCRYPT_PERSONAL_DATA'", String.class)).as("recorded once").singleElement()
                .asString().startsWith("personal-data-migration-" + pass + ": Personal data stored in plain text")
                .endsWith(": 5 values in 3 events");

        for (String id : List.of(sponsorId, influencerId)) {
            assertThat(api.post("/api/v1/admin/accounts/" + id + "/erase", TestData.ADMIN_EMAIL,
                    TestData.ADMIN_PASSWORD, Map.of("reason", "Asked by letter")).status()).isEqualTo(204);
            await("the read model erased").atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                    "select name from account_view where id = ?", String.class, id).equals("Erased user"));
        }
        assertThat(((SponsorRegisteredEvent) events(sponsorId).get(0)).name()).isEqualTo("Erased user");
        assertThat(((InfluencerProfileUpdatedEvent) events(influencerId).get(1)).name()).isEqualTo("Erased user");
        // the chain, started after the pass, covers the encrypted bytes: erasing the keys leaves it intact
        TheRecord.assertIntact(api, jdbc);
    }

    private static Map<String, String> withoutAdminActions(Map<String, String> checksums) {
        Map<String, String> rest = new HashMap<>(checksums);
        rest.remove("admin_action_view");
        return rest;
    }

    /** The person's events as the platform stored them before encryption, and no key. */
    private void storeAsBeforeEncryption(String accountId) {
        eventStore.readEvents(accountId, 0).asStream()
                .filter(event -> PersonalDataProtection.fieldsOf(event.getPayloadType()).isPresent())
                .forEach(event -> jdbc.update("update domain_event_entry set payload = ? where event_identifier = ?",
                        BEFORE_ENCRYPTION.serialize(event.getPayload(), byte[].class).getData(), event.getIdentifier()));
        jdbc.update("delete from personal_data_key where subject_id = ?", accountId);
    }

    private List<String> accountPayloads(String sponsorId, String influencerId) {
        return jdbc.queryForList("select payload from domain_event_entry where aggregate_identifier in (?, ?)"
                        + " order by global_index", byte[].class, sponsorId, influencerId).stream()
                .map(payload -> new String(payload, StandardCharsets.UTF_8)).toList();
    }

    private List<Object> events(String accountId) {
        return eventStore.readEvents(accountId, 0).asStream().map(DomainEventMessage::getPayload)
                .map(Object.class::cast).toList();
    }
}
