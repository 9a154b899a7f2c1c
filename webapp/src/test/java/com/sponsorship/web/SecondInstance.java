package com.sponsorship.web;

import com.sponsorship.SponsorshipPlatformApplication;
import com.zaxxer.hikari.HikariDataSource;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Another instance of the application on the test's database, as a deployment of several instances runs. */
final class SecondInstance {

    private SecondInstance() {
    }

    /** {@code arguments}: its command line, like {@code --platform.record.signing-key=...} for another key file. */
    static ConfigurableApplicationContext start(DataSource dataSource, String... arguments) {
        HikariDataSource shared = (HikariDataSource) dataSource;
        Map<String, Object> settings = new HashMap<>(Map.of(
                "spring.datasource.url", shared.getJdbcUrl(),
                "spring.datasource.username", shared.getUsername(),
                "server.port", 0));
        if (shared.getPassword() != null) {
            settings.put("spring.datasource.password", shared.getPassword());
        }
        return new SpringApplicationBuilder(SponsorshipPlatformApplication.class).profiles("test")
                .properties(settings).run(arguments);
    }
}
