package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sponsorship.api.campaign.CampaignCreatedEvent;
import com.sponsorship.api.campaign.CampaignDetails;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Visibility;
import com.sponsorship.query.campaign.CampaignProjection;
import com.sponsorship.query.runtime.ProjectionRebuilds;
import com.sponsorship.query.runtime.ProjectionStatus;
import com.sponsorship.query.runtime.ReadModel;
import com.sponsorship.web.common.PlatformCommands;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An event the campaigns read model cannot store (PostgreSQL refuses a NUL in text when the batch
 * is flushed, after the handler returned) is appended behind validation's back: the projection
 * parks it and carries on, a rebuild keeps it parked and loses nothing, and a rebuild that would
 * lose a row the read model has is abandoned with the old read model still serving. The store it
 * leaves behind is tampered with, so its application context is not reused.
 */
@PlatformIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PoisonedStoreIT {

    private static final ReadModel CAMPAIGNS = ReadModel.named(CampaignProjection.PROCESSING_GROUP).orElseThrow();

    @Autowired
    PlatformCommands commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    ProjectionRebuilds rebuilds;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void anUnstorableEventIsParkedAndNoRebuildLosesRows() throws Exception {
        Scenario scenario = new Scenario(commands);
        Actor sponsor = scenario.sponsor();
        String before = scenario.campaign(sponsor, "1000");
        String poisoned = UUID.randomUUID().toString();
        eventStore.publish(new GenericDomainEventMessage<>("Campaign", poisoned, 0,
                new CampaignCreatedEvent(poisoned, sponsor.accountId(), details("before\u0000after"),
                        new BigDecimal("500"), sponsor)));
        String after = scenario.campaign(sponsor, "2000");

        assertThat(campaignRows()).as("the projection moved on past the event it could not store")
                .contains(before, after).doesNotContain(poisoned);
        ProjectionStatus parked = awaitStatus(status -> status.deadLetters() == 1 && status.error() == null);
        assertThat(parked.current()).isTrue();
        assertThat(parked.deadLetterCause()).as("the admin sees why").contains("0x00");
        assertThat(rebuilds.retryDeadLetters(CAMPAIGNS)).as("retried, and still refused").isEqualTo(1);

        rebuild();
        ProjectionStatus rebuilt = campaigns();
        assertThat(rebuilt.rebuildProblem()).isNull();
        assertThat(rebuilt.deadLetters()).as("the rebuilt read model parked the same event").isEqualTo(1);
        assertThat(campaignRows()).contains(before, after).doesNotContain(poisoned);

        byte[] original = jdbc.queryForObject("select payload from domain_event_entry where aggregate_identifier = ?"
                + " and sequence_number = 0", byte[].class, before);
        try {
            // a row edited behind the platform's back: the read model has this campaign, a rebuild could not
            jdbc.update("update domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                    + " '\"description\":\"About it\"', '\"description\":\"About\\u0000it\"'), 'UTF8')"
                    + " where aggregate_identifier = ? and sequence_number = 0", before);
            rebuild();
            ProjectionStatus abandoned = campaigns();
            assertThat(abandoned.rebuildProblem()).contains(before).contains("0x00").contains("kept as it was");
            assertThat(campaignRows()).contains(before, after);
            assertThat(jdbc.queryForObject("select count(*) from information_schema.schemata where schema_name = ?",
                    Integer.class, CAMPAIGNS.rebuildSchema())).as("the abandoned copy is dropped").isZero();
            assertThat(jdbc.queryForObject("select count(*) from token_entry where processor_name = ?",
                    Integer.class, CAMPAIGNS.rebuildProcessor())).isZero();

            String page = mvc.perform(get("/admin/projections").with(user(users.loadUserByUsername(TestData.ADMIN_EMAIL))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).as("the projections page says why").contains("Last rebuild abandoned").contains("Oldest: ")
                    .contains("0x00");

            String afterAbandoned = scenario.campaign(sponsor, "3000");
            assertThat(campaignRows()).as("the read model still follows new events").contains(afterAbandoned);
        } finally {
            // put back as stored, so that the record verifies again for the tests after this one
            jdbc.update("update domain_event_entry set payload = ? where aggregate_identifier = ? and sequence_number = 0",
                    original, before);
        }
    }

    /** Rebuilds the campaigns read model, checking at every step that it never shows fewer campaigns. */
    private void rebuild() throws InterruptedException {
        int rows = campaignRows().size();
        rebuilds.rebuild(List.of(CAMPAIGNS));
        // the read model keeps serving meanwhile: an AssertionError from until(...) fails at once
        await("rebuild finished in time").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(20)).until(() -> {
                    boolean rebuilding = rebuilds.isRebuilding();
                    assertThat(campaignRows()).as("campaigns while rebuilding").hasSizeGreaterThanOrEqualTo(rows);
                    return !rebuilding;
                });
    }

    private ProjectionStatus awaitStatus(Predicate<ProjectionStatus> condition)
            throws InterruptedException {
        return await("campaigns status").atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50)).until(this::campaigns, condition);
    }

    private ProjectionStatus campaigns() {
        return rebuilds.statuses().stream().filter(status -> status.name().equals(CAMPAIGNS.name()))
                .findFirst().orElseThrow();
    }

    private List<String> campaignRows() {
        return jdbc.queryForList("select id from campaign_view", String.class);
    }

    private static CampaignDetails details(String description) {
        return new CampaignDetails("Poisoned", description, "Goals", Category.BEAUTY, Visibility.PUBLIC,
                LocalDate.now().plusDays(1), LocalDate.now().plusDays(30));
    }
}
