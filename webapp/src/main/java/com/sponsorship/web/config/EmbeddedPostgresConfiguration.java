package com.sponsorship.web.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-setup default: with no database configured, run a real PostgreSQL from the binaries
 * on the classpath, keeping its data directory across restarts. Unlike the library's test
 * defaults it is durable (fsync and synchronous commits on), takes over from a server orphaned by
 * a killed JVM, and accepts only password logins over loopback.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlConfigured.class)
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(2);
    private static final String[] DURABILITY_SETTINGS = {"fsync", "synchronous_commit", "full_page_writes"};

    /** Resolved once, as an absolute path: the tests' setting names a new random directory at each resolution. */
    @Bean
    Path embeddedPostgresDataDirectory(EmbeddedPostgresProperties properties) throws IOException {
        if (properties.dataDirectory() == null) {
            throw new IllegalStateException("Set platform.embedded-postgres.data-directory or spring.datasource.url");
        }
        Path directory = properties.dataDirectory().toAbsolutePath().normalize();
        Files.createDirectories(directory);
        return directory;
    }

    @Bean
    SuperuserPassword embeddedPostgresPassword(Path embeddedPostgresDataDirectory) throws IOException {
        return SuperuserPassword.forDataDirectory(embeddedPostgresDataDirectory);
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(Path embeddedPostgresDataDirectory,
                                      EmbeddedPostgresProperties properties,
                                      SuperuserPassword password) throws IOException, SQLException {
        OrphanedPostmaster.stopIfRunning(embeddedPostgresDataDirectory);
        if (password.established()) {
            LoopbackPasswordAuthentication.write(embeddedPostgresDataDirectory);
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(embeddedPostgresDataDirectory)
                .setCleanDataDirectory(false)
                // after a crash the server replays its WAL first; the library's default 10 s can be too short
                .setPGStartupWait(STARTUP_WAIT)
                .setServerConfig("max_connections", "100")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("unix_socket_directories", "''")
                // its log goes into the application's: no error DETAIL there, which quotes values ("Key (email)=(...)")
                .setServerConfig("log_error_verbosity", "terse")
                .setConnectConfig("password", password.value());
        for (String setting : DURABILITY_SETTINGS) {
            // these -c options come after the library's -F (fsync off), so they win
            builder.setServerConfig(setting, properties.durable() ? "on" : "off");
        }
        if (!Files.exists(embeddedPostgresDataDirectory.resolve("postgresql.conf"))) {
            // the library passes its "locale" options on to initdb after its own "-A trust": the last --auth wins
            builder.setLocaleConfig("auth", "scram-sha-256")
                    .setLocaleConfig("pwfile", password.pendingFile().toString());
        }
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres = builder.start();
        try (Connection superuser = postgres.getPostgresDatabase().getConnection()) {
            password.establish(superuser);
            if (LoopbackPasswordAuthentication.write(embeddedPostgresDataDirectory)) {
                try (Statement statement = superuser.createStatement()) {
                    statement.execute("select pg_reload_conf()");
                }
            }
        } catch (IOException | SQLException | RuntimeException e) {
            postgres.close();
            throw e;
        }
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), embeddedPostgresDataDirectory);
        return postgres;
    }

    /**
     * Pooled like a configured database: {@code spring.datasource.hikari.*} is bound onto it, the pool
     * size included (20 by default for both, application.properties).
     */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres, SuperuserPassword password) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl(SuperuserPassword.SUPERUSER, "postgres"));
        dataSource.setUsername(SuperuserPassword.SUPERUSER);
        dataSource.setPassword(password.value());
        dataSource.setPoolName("embedded-postgres");
        // like spring.datasource.hikari.data-source-properties for a configured database (application.properties)
        dataSource.addDataSourceProperty("logServerErrorDetail", "false");
        return dataSource;
    }
}
