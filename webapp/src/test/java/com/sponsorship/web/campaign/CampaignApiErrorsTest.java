package com.sponsorship.web.campaign;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sponsorship.api.common.DomainRuleException;
import com.sponsorship.api.common.Refusal;
import com.sponsorship.web.common.FieldProblem;
import com.sponsorship.web.common.InvalidInputException;
import com.sponsorship.web.common.NotFoundException;
import com.sponsorship.web.common.PlatformQueries;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * How the API maps what the service throws to problem+json answers, on the MVC slice alone: the
 * campaign API controller, the error advice, a mocked service. Security filters are left out (who
 * may call a route is AccessRulesIT's), so the service decides every answer here; Spring Security's
 * MVC support stays, so the controller's {@code @AuthenticationPrincipal} is bound (to nobody).
 */
@WebMvcTest(CampaignApiController.class)
@AutoConfigureMockMvc(addFilters = false)
class CampaignApiErrorsTest {

    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private CampaignService campaigns;

    @MockitoBean
    private PlatformQueries queries;

    @Test
    void invalidInputIs400ListingTheFields() throws Exception {
        given(campaigns.create(any(), any())).willThrow(new InvalidInputException(List.of(
                new FieldProblem("budget", "Give a budget above zero"), new FieldProblem("name", "Give a name"))));

        mvc.perform(post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.errors[0].field").value("budget"))
                .andExpect(jsonPath("$.errors[1].field").value("name"))
                .andExpect(jsonPath("$.errors[1].message").value("Give a name"));
    }

    @Test
    void aParameterBreakingItsRuleIs400NamingIt() throws Exception {
        mvc.perform(get("/api/v1/campaigns").param("size", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void malformedJsonIs400() throws Exception {
        mvc.perform(post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].message").value("The request body is not valid JSON"));
    }

    @Test
    void aRefusalAboutWhoAsksIs403WithItsCode() throws Exception {
        given(campaigns.close(any(), eq("c1"))).willThrow(
                new DomainRuleException(Refusal.NOT_YOUR_CAMPAIGN, "This is not your campaign"));

        mvc.perform(post("/api/v1/campaigns/c1/close"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.title").value("Forbidden"))
                .andExpect(jsonPath("$.code").value("not-your-campaign"))
                .andExpect(jsonPath("$.detail").value("This is not your campaign"));
    }

    @Test
    void aRefusalAboutTheStateOfThingsIs409WithItsCodeAndField() throws Exception {
        given(campaigns.close(any(), eq("c1"))).willThrow(
                new DomainRuleException(Refusal.END_DATE_PASSED, "endDate", "Choose an end date that has not passed"));

        mvc.perform(post("/api/v1/campaigns/c1/close"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.title").value("Refused"))
                .andExpect(jsonPath("$.code").value("end-date-passed"))
                .andExpect(jsonPath("$.errors[0].field").value("endDate"));
    }

    @Test
    void whatCannotBeSeenIs404() throws Exception {
        given(campaigns.campaign(any(), eq("c1"))).willThrow(new NotFoundException("Campaign"));

        mvc.perform(get("/api/v1/campaigns/c1"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    /** The slice of Spring Boot 4 brings no security of its own; this adds the principal's binding. */
    @TestConfiguration
    @EnableWebSecurity
    static class PrincipalBinding {
    }
}
