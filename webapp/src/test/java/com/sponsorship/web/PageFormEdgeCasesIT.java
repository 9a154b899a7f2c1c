package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Rules;
import com.sponsorship.web.common.PlatformCommands;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The main page forms and filters with NUL, far dates, long passwords and odd paging: a message next to the field, never an error page. */
@PlatformIntegrationTest
class PageFormEdgeCasesIT {

    private static final String NUL = "before\u0000after";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    PageParties parties;

    @BeforeEach
    void accounts(@Autowired PlatformCommands commands, @Autowired UserDetailsService users) {
        parties = PageParties.of(commands, jdbc, users);
    }

    @Test
    void aCampaignWithANulOrFarDatesIsRefusedNextToTheFields() throws Exception {
        long campaigns = count("campaign_view");
        String page = mvc.perform(post("/sponsor/campaigns").with(csrf()).with(parties.as(parties.sponsor()))
                        .param("name", "Edge").param("description", NUL).param("goals", "g\u0007")
                        .param("category", "FOOD").param("budget", "1e20").param("visibility", "PUBLIC")
                        .param("startDate", "-999999999-01-01").param("endDate", "+999999999-12-31"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(PageErrors.of(page, "description")).contains(Rules.TEXT_CONTROL_CHARACTERS);
        assertThat(PageErrors.of(page, "goals")).contains(Rules.TEXT_CONTROL_CHARACTERS);
        assertThat(PageErrors.of(page, "budget")).contains(Rules.AMOUNT_FORMAT);
        assertThat(PageErrors.of(page, "startDate")).contains(Rules.DATE_OUT_OF_RANGE);
        assertThat(PageErrors.of(page, "endDate")).contains(Rules.DATE_OUT_OF_RANGE);
        assertThat(count("campaign_view")).isEqualTo(campaigns);
    }

    @Test
    void aCampaignThatHasAlreadyEndedIsRefusedNextToTheEndDate() throws Exception {
        String page = mvc.perform(post("/sponsor/campaigns").with(csrf()).with(parties.as(parties.sponsor()))
                        .param("name", "Ended").param("category", "FOOD").param("budget", "100")
                        .param("visibility", "PUBLIC").param("startDate", "2020-01-01").param("endDate", "2020-01-31"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(PageErrors.of(page, "endDate")).contains(Rules.END_DATE_PASSED);
    }

    @Test
    void aRegistrationWithAPasswordBcryptCannotHashOrANulInTheEmailIsRefusedNextToTheFields() throws Exception {
        String page = mvc.perform(post("/register/sponsor").with(csrf()).param("name", "Long Password")
                        .param("email", "nul\u0000@example.com").param("password", "Aa1!" + "x".repeat(69))
                        .param("industry", "RETAIL"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(PageErrors.of(page, "password")).contains(Rules.PASSWORD_TOO_LONG);
        assertThat(PageErrors.of(page, "email")).contains(Rules.TEXT_CONTROL_CHARACTERS);
    }

    @Test
    void aPasswordChangeToOneBcryptCannotHashIsRefusedNextToTheField() throws Exception {
        String page = mvc.perform(post("/profile/password").with(csrf()).with(parties.as(parties.sponsor()))
                        .param("currentPassword", TestData.PASSWORD).param("newPassword", "Aa1!" + "\u00e9".repeat(40)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(PageErrors.of(page, "newPassword")).contains(Rules.PASSWORD_TOO_LONG);
    }

    @Test
    void searchFiltersWithANulOrFarDatesAreReportedNextToTheFilter() throws Exception {
        String search = mvc.perform(get("/search").with(parties.as(parties.influencer())).param("q", NUL))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(PageErrors.of(search, "q")).contains(Rules.TEXT_CONTROL_CHARACTERS);

        String requests = mvc.perform(get("/ad-requests").with(parties.as(parties.sponsor())).param("campaign", NUL)
                        .param("from", "-999999999-01-01").param("to", "+999999999-12-31"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(PageErrors.of(requests, "campaign")).contains(Rules.TEXT_CONTROL_CHARACTERS);
        assertThat(PageErrors.of(requests, "from")).contains(Rules.DATE_OUT_OF_RANGE);
        assertThat(PageErrors.of(requests, "to")).contains(Rules.DATE_OUT_OF_RANGE);
    }

    @Test
    void oddPageNumbersShowAPageNotAnError() throws Exception {
        for (String page : new String[] {"abc", "-1", "2147483647", "99999999999", ""}) {
            mvc.perform(get("/sponsor/campaigns").with(parties.as(parties.sponsor())).param("page", page).param("size", page))
                    .andExpect(status().isOk());
            mvc.perform(get("/search").with(parties.as(parties.influencer())).param("page", page)).andExpect(status().isOk());
            mvc.perform(get("/ad-requests").with(parties.as(parties.sponsor())).param("page", page)).andExpect(status().isOk());
        }
    }

    @Test
    void aFlagReasonWithANulIsRefusedWithTheMessage() throws Exception {
        Actor admin = parties.admin();
        mvc.perform(post("/admin/accounts/" + parties.influencer().accountId() + "/flag").with(csrf()).with(parties.as(admin))
                        .param("reason", NUL))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "reason: " + Rules.TEXT_CONTROL_CHARACTERS));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
