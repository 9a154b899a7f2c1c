package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sponsorship.api.common.Rules;
import com.sponsorship.web.common.PlatformCommands;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The validation messages of the forms beyond registration and campaigns, on pages and over the API. */
@PlatformIntegrationTest
class ValidationMessagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    PageParties parties;
    String campaignId;
    String negotiationId;

    @BeforeEach
    void deal(@Autowired PlatformCommands commands, @Autowired UserDetailsService users) {
        parties = PageParties.of(commands, jdbc, users);
        Scenario scenario = parties.scenario();
        campaignId = scenario.campaign(parties.sponsor(), "500");
        negotiationId = scenario.offer(parties.sponsor(), campaignId, parties.influencer(), "100");
    }

    @Test
    void anAdRequestWithoutAPositiveAmountOrWithTooLongTextIsRefusedNextToTheFields() throws Exception {
        String page = mvc.perform(post("/campaigns/" + campaignId + "/ad-requests").with(csrf())
                        .with(parties.as(parties.sponsor()))
                        .param("paymentAmount", "0").param("message", "m".repeat(251)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(PageErrors.of(page, "paymentAmount")).contains(Rules.AMOUNT_POSITIVE);
        assertThat(PageErrors.of(page, "message")).contains(Rules.TEXT_TOO_LONG);
        assertThat(jdbc.queryForObject("select count(*) from negotiation_view where campaign_id = ?", Long.class,
                campaignId)).isEqualTo(1);
    }

    @Test
    void aCounterOfferWithAnAmountThatIsNotANumberIsRefusedNextToTheAmount() throws Exception {
        String page = mvc.perform(post("/ad-requests/" + negotiationId + "/counter").with(csrf())
                        .with(parties.as(parties.influencer()))
                        .param("paymentAmount", "lots").param("message", "More"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(PageErrors.of(page, "paymentAmount")).contains("Enter a number, like 1500.00");
    }

    @Test
    void anEmptyCounterOfferSaysToEnterAnAmount() throws Exception {
        String page = mvc.perform(post("/ad-requests/" + negotiationId + "/counter").with(csrf())
                        .with(parties.as(parties.influencer()))
                        .param("paymentAmount", "").param("message", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(PageErrors.of(page, "paymentAmount").strip()).isEqualTo(Rules.AMOUNT_REQUIRED);
    }

    /** The campaign has 500 left: an offer of 600 is sent, and the sponsor is told it cannot be agreed as it stands. */
    @Test
    void anOfferAboveTheRemainingBudgetIsSentWithAWarningToTheSponsor() throws Exception {
        String thread = mvc.perform(post("/campaigns/" + campaignId + "/ad-requests").with(csrf())
                        .with(parties.as(parties.sponsor()))
                        .param("paymentAmount", "600").param("message", "Big one"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(thread).with(parties.as(parties.sponsor()))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"over-budget\"", "remaining budget of", "500.00");
        assertThat(mvc.perform(get(thread).with(parties.as(parties.influencer()))).andReturn().getResponse().getContentAsString())
                .doesNotContain("id=\"over-budget\"");
        assertThat(mvc.perform(get("/ad-requests/" + negotiationId).with(parties.as(parties.sponsor()))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("id=\"over-budget\"");
    }

    @Test
    void anInfluencerRegistrationWithANegativeReachIsRefusedNextToTheReach() throws Exception {
        String page = mvc.perform(post("/register/influencer").with(csrf()).param("name", "Neg Reach")
                        .param("email", TestData.uniqueEmail("neg")).param("password", TestData.PASSWORD)
                        .param("category", "BEAUTY").param("reach", "-5"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(PageErrors.of(page, "reach")).contains(Rules.REACH_NEGATIVE);
    }

    @Test
    void apiRefusesABlankFlagReasonAndAWeakAuditorPasswordWithTheFieldsListed() throws Exception {
        mvc.perform(post("/api/v1/admin/accounts/" + parties.sponsor().accountId() + "/flag")
                        .with(httpBasic("admin@test.local", TestData.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("Give a reason"));
        mvc.perform(post("/api/v1/admin/auditors").with(httpBasic("admin@test.local", TestData.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Aud\",\"email\":\"" + TestData.uniqueEmail("aud") + "\",\"password\":\"weak\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message").value(Rules.PASSWORD_WEAK));
    }

    @Test
    void aNegotiationAnswerOutOfTurnShowsTheReasonOnThePage() throws Exception {
        mvc.perform(post("/ad-requests/" + negotiationId + "/accept").with(csrf()).with(parties.as(parties.sponsor())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "It is not your turn: wait for the other side's answer"));
    }
}
