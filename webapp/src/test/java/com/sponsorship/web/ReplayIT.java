package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Industry;
import com.sponsorship.api.common.Role;
import com.sponsorship.web.command.PlatformCommands;
import com.sponsorship.web.forms.CampaignForm;
import com.sponsorship.web.forms.SponsorRegistrationForm;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import com.sponsorship.web.projections.ProjectionRebuilds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Replaying the event store into the projections rebuilds exactly the same read models. */
@PlatformIntegrationTest
class ReplayIT {

    @Autowired
    PlatformCommands commands;
    @Autowired
    ProjectionRebuilds rebuilds;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void replayingAllProjectionsRebuildsTheSameReadModels() throws InterruptedException {
        for (int sponsor = 0; sponsor < 3; sponsor++) {
            String sponsorId = UUID.randomUUID().toString();
            commands.send(sponsorForm(sponsor).toCommand(sponsorId));
            for (int campaign = 0; campaign < 4; campaign++) {
                commands.send(campaignForm(sponsor, campaign)
                        .toCommand(UUID.randomUUID().toString(), new Actor(sponsorId, Role.SPONSOR)));
            }
        }
        List<Map<String, Object>> campaignsBefore = rows("campaign_view");
        List<Map<String, Object>> accountsBefore = rows("account_view");
        assertThat(campaignsBefore).hasSizeGreaterThanOrEqualTo(12);

        assertThat(Projections.rebuildAll(rebuilds)).contains("campaigns", "accounts", "negotiations");

        assertThat(rows("campaign_view")).isEqualTo(campaignsBefore);
        assertThat(rows("account_view")).isEqualTo(accountsBefore);
    }

    private List<Map<String, Object>> rows(String table) {
        return jdbc.queryForList("select * from " + table + " order by id");
    }

    private static SponsorRegistrationForm sponsorForm(int sponsor) {
        SponsorRegistrationForm form = new SponsorRegistrationForm();
        form.setName("Replay Brand " + sponsor);
        form.setEmail(TestData.uniqueEmail("replay"));
        form.setPassword(TestData.PASSWORD);
        form.setIndustry(Industry.values()[sponsor]);
        return form;
    }

    private static CampaignForm campaignForm(int sponsor, int campaign) {
        CampaignForm form = new CampaignForm();
        form.setName("Replay " + sponsor + "-" + campaign);
        form.setDescription("Campaign number " + campaign);
        form.setCategory(Category.values()[campaign]);
        form.setBudget(new BigDecimal(100 * (campaign + 1)).add(new BigDecimal("0.25")));
        form.setStartDate(TestData.start());
        form.setEndDate(TestData.end().plusDays(campaign));
        return form;
    }
}
