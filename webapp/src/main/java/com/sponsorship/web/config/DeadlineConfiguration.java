package com.sponsorship.web.config;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * A persistent deadline manager: with a db-scheduler {@link Scheduler} bean, Axon configures its
 * DbSchedulerDeadlineManager, whose tasks live in PostgreSQL (table scheduled_tasks) and survive
 * restarts. The scheduler polls once a second and starts with the application. It reaches the
 * database through the transaction-aware proxy, so a deadline scheduled by a command is written on
 * the command's own connection and transaction: stored together with its event or not at all, and
 * without a second pooled connection per command (which starved the pool under concurrent load).
 */
@Configuration(proxyBeanMethods = false)
public class DeadlineConfiguration {

    @Bean(destroyMethod = "")
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> axonTasks,
                                DeadlineProperties properties) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), axonTasks)
                .threads(2)
                .pollingInterval(properties.pollInterval())
                .tableName("scheduled_tasks")
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
    }

    @Bean
    SmartLifecycle deadlineSchedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}
