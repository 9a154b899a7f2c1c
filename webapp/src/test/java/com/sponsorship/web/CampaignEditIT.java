package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sponsorship.api.account.RegisterSponsorCommand;
import com.sponsorship.api.campaign.CampaignView;
import com.sponsorship.api.campaign.FindCampaignQuery;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Industry;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.AcceptOfferCommand;
import com.sponsorship.web.common.PlatformCommands;
import com.sponsorship.web.common.PlatformQueries;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The campaign edit (page and API) is one command: details and budget are saved together, or a
 * refusal of either saves neither. The campaign has 300 of its 1000 agreed.
 */
@PlatformIntegrationTest
class CampaignEditIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlatformCommands commands;
    @Autowired
    PlatformQueries queries;

    String email;
    String campaignId;

    @BeforeEach
    void aCampaignWithAnAgreement() {
        Scenario scenario = new Scenario(commands);
        email = TestData.uniqueEmail("sponsor");
        Actor sponsor = new Actor(UUID.randomUUID().toString(), Role.SPONSOR);
        commands.send(new RegisterSponsorCommand(sponsor.accountId(), "Edit Brand", email, TestData.PASSWORD,
                Industry.RETAIL));
        campaignId = scenario.campaign(sponsor, "1000");
        Actor influencer = scenario.influencer();
        commands.send(new AcceptOfferCommand(scenario.offer(sponsor, campaignId, influencer, "300"), influencer));
    }

    @Test
    void theApiSavesDetailsAndBudgetTogether() throws Exception {
        mvc.perform(put("/api/v1/campaigns/" + campaignId).with(httpBasic(email, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body("Renamed", "1500", TestData.end())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Renamed"));

        CampaignView campaign = campaign();
        assertThat(campaign.budget()).isEqualByComparingTo("1500");
        assertThat(campaign.startDate()).isEqualTo(LocalDate.now().minusDays(3));
    }

    @Test
    void theApiSavesNoDetailsWhenTheBudgetIsRefused() throws Exception {
        mvc.perform(put("/api/v1/campaigns/" + campaignId).with(httpBasic(email, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body("Renamed", "200", TestData.end())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("budget-below-agreed"));

        assertUnchanged();
    }

    @Test
    void theApiSavesNoBudgetWhenTheDetailsAreRefused() throws Exception {
        mvc.perform(put("/api/v1/campaigns/" + campaignId).with(httpBasic(email, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Renamed", "1500", LocalDate.now().minusDays(1))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("end-date-passed"));

        assertUnchanged();
    }

    @Test
    void thePageSavesNothingWhenTheBudgetIsRefused() throws Exception {
        Cookie session = mvc.perform(formLogin("/login").userParameter("email").user(email).password(TestData.PASSWORD))
                .andExpect(authenticated()).andReturn().getResponse().getCookie("SESSION");
        CampaignView before = campaign();
        String page = mvc.perform(post("/sponsor/campaigns/" + campaignId + "/edit").with(csrf()).cookie(session)
                        .param("name", "Renamed").param("description", before.description())
                        .param("goals", before.goals()).param("category", before.category().name())
                        .param("visibility", before.visibility().name()).param("budget", "200")
                        .param("startDate", before.startDate().toString())
                        .param("endDate", before.endDate().toString()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(PageErrors.of(page, "budget")).contains("already agreed");

        assertUnchanged();
    }

    private void assertUnchanged() {
        CampaignView campaign = campaign();
        assertThat(campaign.name()).isEqualTo("Scenario Campaign");
        assertThat(campaign.budget()).isEqualByComparingTo("1000");
        assertThat(campaign.endDate()).isEqualTo(TestData.end());
    }

    private CampaignView campaign() {
        return queries.find(new FindCampaignQuery(campaignId), CampaignView.class).orElseThrow();
    }

    private static String body(String name, String budget, LocalDate endDate) {
        return """
                {"name": "%s", "description": "About it", "goals": "Goals", "category": "Fitness",
                 "visibility": "Public", "budget": %s, "startDate": "%s", "endDate": "%s"}"""
                .formatted(name, budget, LocalDate.now().minusDays(3), endDate);
    }
}
