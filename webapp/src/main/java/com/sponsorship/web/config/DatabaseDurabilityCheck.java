package com.sponsorship.web.config;

import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start on a database, embedded or configured, that would lose acknowledged commits in
 * a crash. It checks each DataSource as it is created, before anything migrates or writes.
 */
@Component
class DatabaseDurabilityCheck implements BeanPostProcessor {

    static final String ALLOW_UNSAFE = "platform.database.allow-unsafe-durability";
    private static final Logger log = LoggerFactory.getLogger(DatabaseDurabilityCheck.class);

    private final Environment environment;

    DatabaseDurabilityCheck(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
        if (bean instanceof DataSource dataSource) {
            try {
                verify(DurabilitySettings.of(dataSource), environment.getProperty(ALLOW_UNSAFE, Boolean.class, false));
            } catch (SQLException e) {
                throw new BeanCreationException(beanName, "Could not read the database's durability settings", e);
            }
        }
        return bean;
    }

    static void verify(DurabilitySettings settings, boolean allowUnsafe) {
        log.info("PostgreSQL durability: {}", settings);
        List<String> unsafe = settings.unsafe();
        if (!unsafe.isEmpty() && !allowUnsafe) {
            throw new IllegalStateException("PostgreSQL runs with " + String.join(" and ", unsafe)
                    + ": a crash would lose commits already acknowledged to users. Turn fsync and synchronous_commit on"
                    + " (README, Production PostgreSQL); " + ALLOW_UNSAFE + "=true is for throw-away test databases only");
        }
        if (!unsafe.isEmpty()) {
            log.warn("PostgreSQL runs with {}, allowed by {}: a crash may lose acknowledged commits",
                    String.join(" and ", unsafe), ALLOW_UNSAFE);
        }
        if (settings.tornPagesPossible()) {
            log.warn("PostgreSQL runs with full_page_writes=off: safe only on a file system that writes pages atomically");
        }
    }
}
