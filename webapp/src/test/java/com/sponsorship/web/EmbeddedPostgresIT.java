package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sponsorship.web.config.SuperuserPassword;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded default is durable and accepts nobody without its generated password. */
@PlatformIntegrationTest
class EmbeddedPostgresIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmbeddedPostgres postgres;
    Path dataDirectory;

    @BeforeEach
    void dataDirectory() {
        dataDirectory = Path.of(show("data_directory"));
    }

    @Test
    void acknowledgedCommitsAreOnDiskBeforeTheAnswer() {
        assertThat(show("fsync")).isEqualTo("on");
        assertThat(show("synchronous_commit")).isEqualTo("on");
        assertThat(show("full_page_writes")).isEqualTo("on");
    }

    @Test
    void listensOnLoopbackOnlyWithoutUnixSocket() {
        assertThat(show("listen_addresses")).isEqualTo("localhost");
        assertThat(show("unix_socket_directories")).isEmpty();
    }

    @Test
    void everyLoginNeedsAPasswordOverLoopback() throws Exception {
        assertThat(jdbc.queryForList("select type || ' ' || array_to_string(database, ',') || ' '"
                        + " || array_to_string(user_name, ',') || ' ' || address || ' ' || auth_method"
                        + " from pg_hba_file_rules order by rule_number", String.class))
                .containsExactly("host all all 127.0.0.1 scram-sha-256", "host all all ::1 scram-sha-256");
        assertThat(Files.readString(dataDirectory.resolve("pg_hba.conf"))).doesNotContain("trust", "replication");
        assertThat(jdbc.queryForObject("select rolpassword like 'SCRAM-SHA-256$%' from pg_authid where rolname = 'postgres'",
                Boolean.class)).isTrue();
    }

    @Test
    void thePasswordFileIsReadableByItsOwnerOnly() throws Exception {
        Path file = dataDirectory.resolve("superuser-password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(SuperuserPassword.of(dataDirectory)).hasSize(32);
        assertThat(dataDirectory.resolveSibling(dataDirectory.getFileName() + ".superuser-password"))
                .as("the pending password moved in").doesNotExist();
    }

    @Test
    void connectionsWithoutTheRightPasswordAreRefused() throws Exception {
        assertThat(connects(null)).isFalse();
        assertThat(connects("postgres")).isFalse();
        assertThat(connects(SuperuserPassword.of(dataDirectory))).isTrue();
    }

    private boolean connects(String password) {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        if (password != null) {
            properties.setProperty("password", password);
        }
        try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres",
                properties)) {
            return connection.isValid(5);
        } catch (SQLException refused) {
            return false;
        }
    }

    private String show(String setting) {
        return jdbc.queryForObject("show " + setting, String.class);
    }
}
