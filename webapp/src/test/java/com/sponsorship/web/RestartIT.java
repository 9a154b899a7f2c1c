package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sponsorship.SponsorshipPlatformApplication;
import com.sponsorship.api.campaign.CampaignView;
import com.sponsorship.api.campaign.FindCampaignQuery;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Role;
import com.sponsorship.web.common.PlatformCommands;
import com.sponsorship.web.common.PlatformQueries;
import com.sponsorship.web.campaign.CampaignForm;
import com.sponsorship.web.account.SponsorRegistrationForm;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Industry;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded database keeps events, credentials and read models across a restart. */
class RestartIT {

    @TempDir
    Path dataDirectory;

    @Test
    void campaignAndAccountsSurviveARestart() {
        String sponsorId = UUID.randomUUID().toString();
        String campaignId = UUID.randomUUID().toString();
        long eventsBefore;
        try (ConfigurableApplicationContext app = start()) {
            PlatformCommands commands = app.getBean(PlatformCommands.class);
            commands.send(sponsorForm().toCommand(sponsorId));
            commands.send(campaignForm().toCommand(campaignId, new Actor(sponsorId, Role.SPONSOR)));
            eventsBefore = events(app);
        }
        try (ConfigurableApplicationContext app = start()) {
            CampaignView campaign = app.getBean(PlatformQueries.class)
                    .find(new FindCampaignQuery(campaignId), CampaignView.class).orElseThrow();
            assertThat(campaign.name()).isEqualTo("Kept Campaign");
            assertThat(campaign.sponsorId()).isEqualTo(sponsorId);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from account_credentials where role = 'ADMIN'", Long.class))
                    .as("the admin is created at first start only").isEqualTo(1);
            assertThat(events(app)).isEqualTo(eventsBefore);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SponsorshipPlatformApplication.class)
                .profiles("test")
                .run("--server.port=0", "--platform.embedded-postgres.data-directory=" + dataDirectory);
    }

    private static long events(ConfigurableApplicationContext app) {
        return app.getBean(JdbcTemplate.class).queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private static SponsorRegistrationForm sponsorForm() {
        SponsorRegistrationForm form = new SponsorRegistrationForm();
        form.setName("Restart Brand");
        form.setEmail(TestData.uniqueEmail("restart"));
        form.setPassword(TestData.PASSWORD);
        form.setIndustry(Industry.MEDIA);
        return form;
    }

    private static CampaignForm campaignForm() {
        CampaignForm form = new CampaignForm();
        form.setName("Kept Campaign");
        form.setCategory(Category.MUSIC);
        form.setBudget(new BigDecimal("900"));
        form.setStartDate(TestData.start());
        form.setEndDate(TestData.end());
        return form;
    }
}
