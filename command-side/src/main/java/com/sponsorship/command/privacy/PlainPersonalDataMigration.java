package com.sponsorship.command.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sponsorship.api.account.AdminRegisteredEvent;
import com.sponsorship.api.account.AuditorRegisteredEvent;
import com.sponsorship.api.account.InfluencerProfileUpdatedEvent;
import com.sponsorship.api.account.InfluencerRegisteredEvent;
import com.sponsorship.api.account.SponsorProfileUpdatedEvent;
import com.sponsorship.api.account.SponsorRegisteredEvent;
import com.sponsorship.command.privacy.PersonalDataProtection.PersonalFields;
import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one edit of stored events the platform makes: personal data stored in plain text before it
 * was encrypted per person is encrypted in place in {@code domain_event_entry}, value by value as
 * {@link PersonalDataProtection} stores it, the person's key created as registration creates it.
 * Everything else in the payload stays as it was. One transaction, under an advisory lock, so
 * instances starting together wait for the first; each pass is recorded in
 * {@code personal_data_migration} (when, how many). Snapshots need nothing: only campaigns are
 * snapshotted, and they hold no personal data.
 */
public class PlainPersonalDataMigration {

    /** The stored event types with personal data ({@code PlainPersonalDataMigrationTest} checks it is all of them). */
    static final List<Class<?>> EVENTS = List.of(SponsorRegisteredEvent.class, InfluencerRegisteredEvent.class,
            AdminRegisteredEvent.class, AuditorRegisteredEvent.class, SponsorProfileUpdatedEvent.class,
            InfluencerProfileUpdatedEvent.class);

    private static final Logger log = LoggerFactory.getLogger(PlainPersonalDataMigration.class);
    /** The advisory lock of this migration ("pd1" in ASCII; any number no other lock uses). */
    private static final long LOCK = 0x706431L;
    private static final int BATCH = 1_000;
    /** Numbers are written back exactly as they were read. */
    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    private final DataSource dataSource;
    private final Map<String, PersonalFields> fieldsByType = EVENTS.stream().collect(Collectors.toMap(
            Class::getName, type -> PersonalDataProtection.fieldsOf(type).orElseThrow()));

    public PlainPersonalDataMigration(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What one pass changed. */
    public record Outcome(int events, int values) {
    }

    /**
     * At start-up: the pass, unless this database has had one (from then on only an instance of an
     * older version could store a plain value).
     */
    public void runOnce() {
        run(true);
    }

    /** One pass: every value still in plain text is encrypted, and the pass recorded. */
    public Outcome migrate() {
        return run(false).orElseThrow();
    }

    private Optional<Outcome> run(boolean unlessRecorded) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, LOCK);
                    lock.execute();
                }
                if (unlessRecorded && recorded(connection)) {
                    connection.rollback();
                    return Optional.empty();
                }
                long start = System.nanoTime();
                Outcome outcome = encryptPlainValues(connection);
                try (PreparedStatement record = connection.prepareStatement("insert into personal_data_migration"
                        + " (ran_at, events_changed, values_encrypted) values (now(), ?, ?)")) {
                    record.setInt(1, outcome.events());
                    record.setInt(2, outcome.values());
                    record.executeUpdate();
                }
                connection.commit();
                log.info("Personal data stored in plain text: {} values in {} events encrypted in place in {} ms",
                        outcome.values(), outcome.events(), (System.nanoTime() - start) / 1_000_000);
                return Optional.of(outcome);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Personal data stored in plain text could not be encrypted", e);
        }
    }

    private static boolean recorded(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select exists (select 1 from personal_data_migration)");
             ResultSet result = select.executeQuery()) {
            result.next();
            return result.getBoolean(1);
        }
    }

    private Outcome encryptPlainValues(Connection connection) throws SQLException {
        BatchKeys keys = new BatchKeys(connection);
        PersonalDataProtection protection = new PersonalDataProtection(keys);
        int events = 0;
        int values = 0;
        long after = -1;
        try (PreparedStatement select = connection.prepareStatement("select global_index, payload_type, payload"
                + " from domain_event_entry where payload_type = any(?) and global_index > ? order by global_index"
                + " limit " + BATCH);
             PreparedStatement update = connection.prepareStatement(
                     "update domain_event_entry set payload = ? where global_index = ?")) {
            select.setArray(1, connection.createArrayOf("varchar", fieldsByType.keySet().toArray()));
            int read;
            do {
                select.setLong(2, after);
                List<StoredPayload> plain = new ArrayList<>();
                read = 0;
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        read++;
                        after = rows.getLong(1);
                        StoredPayload payload = StoredPayload.parse(after, fieldsByType.get(rows.getString(2)),
                                rows.getBytes(3));
                        if (payload.hasPlainValues()) {
                            plain.add(payload);
                        }
                    }
                }
                keys.load(plain.stream().map(StoredPayload::subject).collect(Collectors.toSet()));
                for (StoredPayload payload : plain) {
                    values += payload.encrypt(protection);
                    update.setBytes(1, payload.bytes());
                    update.setLong(2, payload.globalIndex());
                    update.addBatch();
                }
                update.executeBatch();
                events += plain.size();
            } while (read == BATCH);
        }
        return new Outcome(events, values);
    }

    /** A stored payload's JSON (as Axon's {@code JacksonSerializer} wrote it) and where its personal data is. */
    record StoredPayload(long globalIndex, PersonalFields fields, ObjectNode json) {

        static StoredPayload parse(long globalIndex, PersonalFields fields, byte[] payload) {
            try {
                return new StoredPayload(globalIndex, fields, (ObjectNode) JSON.readTree(payload));
            } catch (IOException e) {
                // the message names no value: the payload holds personal data
                throw new IllegalStateException("A stored payload is not a JSON object", e);
            }
        }

        String subject() {
            return json.get(fields.subject()).textValue();
        }

        boolean hasPlainValues() {
            return fields.personal().stream().map(json::get)
                    .anyMatch(value -> value != null && value.isTextual()
                            && !value.textValue().startsWith(PersonalDataProtection.PREFIX));
        }

        /** Encrypts the values still in plain text; returns how many there were. */
        int encrypt(PersonalDataProtection protection) {
            int encrypted = 0;
            for (String component : fields.personal()) {
                JsonNode value = json.get(component);
                if (value != null && value.isTextual()) {
                    String stored = protection.protect(component, subject(), value.textValue());
                    if (!stored.equals(value.textValue())) {
                        json.put(component, stored);
                        encrypted++;
                    }
                }
            }
            return encrypted;
        }

        byte[] bytes() {
            try {
                return JSON.writeValueAsBytes(json);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A payload could not be written back", e);
            }
        }
    }

    /**
     * The keys of one batch's persons on the migration's connection: created as registration creates
     * them (a person who has one keeps it), and read, in one round trip each.
     */
    private static final class BatchKeys implements PersonalDataKeys {

        private final Connection connection;
        private final SecureRandom random = new SecureRandom();
        private final Map<String, byte[]> keys = new HashMap<>();

        BatchKeys(Connection connection) {
            this.connection = connection;
        }

        void load(Set<String> subjects) throws SQLException {
            keys.clear();
            if (subjects.isEmpty()) {
                return;
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into personal_data_key (subject_id, secret)"
                    + " values (?, ?) on conflict (subject_id) do nothing")) {
                for (String subject : subjects) {
                    insert.setString(1, subject);
                    insert.setBytes(2, JpaPersonalDataKeys.newSecret(random));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "select subject_id, secret from personal_data_key where subject_id = any(?)")) {
                select.setArray(1, connection.createArrayOf("varchar", subjects.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        keys.put(rows.getString(1), rows.getBytes(2));
                    }
                }
            }
        }

        @Override
        public byte[] keyOf(String subjectId) {
            return existingKeyOf(subjectId).orElseThrow();
        }

        @Override
        public Optional<byte[]> existingKeyOf(String subjectId) {
            return Optional.ofNullable(keys.get(subjectId));
        }

        @Override
        public void forget(String subjectId) {
            throw new UnsupportedOperationException("The migration erases nobody");
        }
    }
}
