package com.sponsorship.web.config;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A persistent deadline manager: with a db-scheduler {@link Scheduler} bean, Axon configures its
 * DbSchedulerDeadlineManager, whose tasks live in PostgreSQL (table scheduled_tasks) and survive
 * restarts. The scheduler polls once a second and starts with the application.
 */
@Configuration(proxyBeanMethods = false)
public class DeadlineConfiguration {

    @Bean(destroyMethod = "")
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> axonTasks,
                                @Value("${platform.deadlines.poll-interval:1s}") Duration pollInterval) {
        return Scheduler.create(dataSource, axonTasks)
                .threads(2)
                .pollingInterval(pollInterval)
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
