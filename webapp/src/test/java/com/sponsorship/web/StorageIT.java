package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sponsorship.SponsorshipPlatformApplication;
import com.sponsorship.command.chain.AxonServerStoredEvents;
import com.sponsorship.command.chain.JdbcStoredEvents;
import com.sponsorship.command.chain.StoredEvents;
import java.nio.file.Path;
import java.util.List;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationContextFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Where events and tokens go, and the schema fixes for Axon's JPA storage on PostgreSQL. */
@PlatformIntegrationTest
class StorageIT {

    @Autowired
    EventStore eventStore;
    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StoredEvents storedEvents;

    @Test
    void theDefaultStoresEventsAndTokensInPostgresql() {
        assertThat(eventStore).isInstanceOf(EmbeddedEventStore.class);
        assertThat(storedEvents).as("the record chains domain_event_entry").isInstanceOf(JdbcStoredEvents.class);
        assertThat(storageEngine).isInstanceOf(JpaEventStorageEngine.class);
        assertThat(tokenStore).isInstanceOf(JpaTokenStore.class);
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    }

    /**
     * Axon Server is not available here (it is not on Maven Central), so the context is wired but
     * not started: starting would connect the processors and buses to the server.
     */
    @Test
    void theAxonServerProfileUsesAxonServerAsEventStoreAndKeepsTokensInPostgresql(@TempDir Path dataDirectory) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SponsorshipPlatformApplication.class)
                .profiles("test", "axonserver")
                .web(WebApplicationType.NONE)
                .contextFactory(ApplicationContextFactory.of(WiredNotStartedContext::new))
                .run("--platform.embedded-postgres.data-directory=" + dataDirectory,
                        "--platform.admin.create-on-start=false")) {
            assertThat(app.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
            assertThat(app.getBean(TokenStore.class)).isInstanceOf(JpaTokenStore.class);
            assertThat(app.getBean(StoredEvents.class)).as("the record chains Axon Server's stream")
                    .isInstanceOf(AxonServerStoredEvents.class);
        }
    }

    static class WiredNotStartedContext extends AnnotationConfigApplicationContext {

        @Override
        protected void finishRefresh() {
            // no lifecycle start: nothing connects to Axon Server
        }
    }

    @Test
    void serializedDataIsStoredInlineAsByteaNeverAsLargeObjects() {
        assertThat(jdbc.queryForList("select table_name || '.' || column_name from information_schema.columns"
                + " where table_schema = 'public' and data_type = 'oid'", String.class)).isEmpty();
        assertThat(jdbc.queryForList("select table_name || '.' || column_name from information_schema.columns"
                        + " where table_schema = 'public' and data_type = 'bytea' order by 1", String.class))
                .contains("domain_event_entry.payload", "domain_event_entry.meta_data", "token_entry.token",
                        "saga_entry.serialized_saga", "snapshot_event_entry.payload");
    }

    @Test
    void theGlobalIndexSequenceHandsOutOneValueAtATime() {
        assertThat(jdbc.queryForObject("select increment_by from pg_sequences where sequencename = 'domain_event_entry_seq'",
                Long.class)).isEqualTo(1);
    }

    @Test
    void eventsAreUniquePerAggregateSequenceAndIdentifier() {
        List<String> uniqueIndexes = jdbc.queryForList("select indexdef from pg_indexes"
                + " where tablename = 'domain_event_entry' and indexdef like 'CREATE UNIQUE%'", String.class);
        assertThat(uniqueIndexes).anySatisfy(index -> assertThat(index).contains("(aggregate_identifier, sequence_number)"));
        assertThat(uniqueIndexes).anySatisfy(index -> assertThat(index).contains("(event_identifier)"));
    }

    @Test
    void flywayOwnsTheSchemaOfEveryModule() {
        assertThat(jdbc.queryForList("select script from flyway_schema_history where success order by installed_rank",
                String.class)).containsExactly("V1__axon_storage.sql", "V2__account_credentials.sql",
                "V3__read_models.sql", "V4__command_lookups.sql", "V5__deadlines.sql", "V7__query_indexes.sql",
                "V8__negotiation_search_indexes.sql", "V9__projection_rebuilds.sql", "V10__sessions.sql",
                "V12__campaign_lookup_end_date.sql", "V13__negotiation_terms.sql", "V14__deliveries.sql",
                "V15__deal_statistics.sql", "V17__personal_data_keys.sql", "V18__admin_actions.sql",
                "V20__personal_data_migration.sql", "V21__event_chain.sql",
                "V22__personal_data_migration_recorded.sql");
    }
}
