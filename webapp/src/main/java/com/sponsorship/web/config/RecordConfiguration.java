package com.sponsorship.web.config;

import com.sponsorship.audit.PlatformKey;
import com.sponsorship.command.chain.AxonServerStoredEvents;
import com.sponsorship.command.chain.ChainFollower;
import com.sponsorship.command.chain.ChainSettings;
import com.sponsorship.command.chain.DealCertificates;
import com.sponsorship.command.chain.EventChainer;
import com.sponsorship.command.chain.JdbcStoredEvents;
import com.sponsorship.command.chain.PlatformKeyRegistry;
import com.sponsorship.command.chain.PlatformSigningKey;
import com.sponsorship.command.chain.StoredEvents;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tamper-evident record: the platform key (a file, generated at first start beside the data), its
 * public half registered once for every instance, the chainer following the store in its own thread,
 * and the deal certificates built on the chain. The stored events come from {@code domain_event_entry},
 * or from Axon Server's stream under the {@code axonserver} profile (see axon/README.md).
 */
@Configuration(proxyBeanMethods = false)
public class RecordConfiguration {

    private static final String KEY_FILE = "platform-signing-key.pem";
    private static final Logger log = LoggerFactory.getLogger(RecordConfiguration.class);

    @Bean
    PlatformKeyRegistry platformKeyRegistry(JdbcTemplate jdbc) {
        return new PlatformKeyRegistry(jdbc);
    }

    /** Axon Server's events when it is the event store (its connection manager is there and enabled), else PostgreSQL's. */
    @Bean
    StoredEvents storedEvents(JdbcTemplate jdbc, RecordProperties record,
            ObjectProvider<AxonServerConnectionManager> axonServer,
            @Value("${axon.axonserver.enabled:true}") boolean axonServerEnabled) {
        AxonServerConnectionManager connections = axonServer.getIfAvailable();
        if (axonServerEnabled && connections != null) {
            return new AxonServerStoredEvents(() -> connections.getConnection().eventChannel(), jdbc);
        }
        return new JdbcStoredEvents(jdbc, settings(record));
    }

    private static ChainSettings settings(RecordProperties record) {
        return new ChainSettings(record.batch(), record.gapWait(), record.lateWindow(), record.checkpointEvery(),
                record.checkpointAtLeast());
    }

    @Bean
    EventChainer eventChainer(DataSource dataSource, StoredEvents storedEvents, PlatformKeyRegistry registry,
            RecordProperties record, @Value("${platform.embedded-postgres.data-directory}") Path dataDirectory) {
        PlatformSigningKey key = PlatformSigningKey.loadOrCreate(keyFile(record.signingKey(), dataDirectory));
        PlatformKey registered = registry.register(key.platformKey());
        boolean platformKey = registered.equals(key.platformKey());
        if (!platformKey) {
            log.warn("This instance's signing key ({}) is not the platform's ({}): it neither chains nor signs;"
                    + " give it the platform's key file through PLATFORM_SIGNING_KEY", key.fingerprint(),
                    PlatformSigningKey.fingerprint(registered));
        }
        return new EventChainer(dataSource, storedEvents, key, settings(record), platformKey);
    }

    /** The file named by {@code PLATFORM_SIGNING_KEY}, else {@code platform-signing-key.pem} beside the data directory. */
    static Path keyFile(String signingKey, Path dataDirectory) {
        return signingKey == null || signingKey.isBlank()
                ? dataDirectory.toAbsolutePath().getParent().resolve(KEY_FILE) : Path.of(signingKey);
    }

    @Bean
    ChainFollower chainFollower(EventChainer chainer, JdbcTemplate jdbc, RecordProperties record) {
        return new ChainFollower(chainer, jdbc, record.pollInterval(), record.batch());
    }

    @Bean
    DealCertificates dealCertificates(JdbcTemplate jdbc, StoredEvents storedEvents, EventChainer chainer,
            RecordProperties record) {
        return new DealCertificates(jdbc, storedEvents, chainer, record.certificateWait());
    }
}
