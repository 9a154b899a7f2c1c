package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sponsorship.api.common.Actor;
import com.sponsorship.web.common.PlatformCommands;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Scheduling a campaign's end deadline uses the command's connection, so many creations at once never starve the pool. */
@PlatformIntegrationTest
class DeadlineSchedulingIT {

    private static final int CREATIONS = 24;

    @Autowired
    PlatformCommands commands;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void moreConcurrentCampaignCreationsThanPooledConnectionsAllScheduleTheirDeadline() throws Exception {
        Scenario scenario = new Scenario(commands);
        Actor sponsor = scenario.sponsor();
        long before = jdbc.queryForObject("select count(*) from scheduled_tasks", Long.class);
        ExecutorService senders = Executors.newFixedThreadPool(CREATIONS);
        List<Future<String>> created = new ArrayList<>();
        for (int i = 0; i < CREATIONS; i++) {
            created.add(senders.submit(() -> scenario.campaign(sponsor, "1000")));
        }
        for (Future<String> campaign : created) {
            assertThat(campaign.get(60, TimeUnit.SECONDS)).isNotBlank();
        }
        senders.shutdown();

        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks", Long.class)).isEqualTo(before + CREATIONS);
    }
}
