package com.sponsorship.web.config;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/** Sign-in sessions live in PostgreSQL (Spring Session JDBC), so any instance serves any signed-in user. */
@Configuration(proxyBeanMethods = false)
public class SessionConfiguration {

    /**
     * A session's new attribute (the CSRF token, the first time a form is shown) is written with an
     * upsert: concurrent requests of one user (a page and its parallel requests, two tabs, two
     * instances) would otherwise both insert it, and the second would fail with a duplicate key.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributeUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * Session writes (the last access time of every page request, the session's attributes) commit
     * without waiting for the disk. A crash may lose the last moments of a session's bookkeeping, at
     * worst a sign-in, never business data; and a page does not wait for an fsync on every request.
     * Plain JDBC transactions: a JPA one would open an entity manager twice per page for nothing.
     */
    @Bean("springSessionTransactionOperations")
    TransactionOperations sessionTransactions(DataSource dataSource, JdbcTemplate jdbc) {
        TransactionTemplate template = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new TransactionOperations() {
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                return template.execute(status -> {
                    jdbc.execute("set local synchronous_commit = off");
                    return action.doInTransaction(status);
                });
            }
        };
    }
}
