package com.sponsorship.query.history;

import static com.sponsorship.query.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import com.sponsorship.api.account.AccountFlaggedEvent;
import com.sponsorship.api.account.AccountRemovedEvent;
import com.sponsorship.api.account.CredentialsChangedEvent;
import com.sponsorship.api.account.PersonalRecord.RecordedEvent;
import com.sponsorship.api.account.SponsorProfileUpdatedEvent;
import com.sponsorship.api.campaign.CampaignClosedEvent;
import com.sponsorship.api.campaign.CampaignCreatedEvent;
import com.sponsorship.api.campaign.CampaignDetails;
import com.sponsorship.api.campaign.CloseReason;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.common.Visibility;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonalRecordQueriesTest {

    private static final Actor SPONSOR = new Actor("s1", Role.SPONSOR);
    private static final Actor ADMIN = new Actor("a1", Role.ADMIN);

    @Test
    void anEventIsNamedInWordsWithItsActorApartAndItsComponentsAsTextButNotTheAggregatesOwnId() {
        RecordedEvent flagged = PersonalRecordQueries.recorded("s1", event("Account", "s1", 3, "2026-03-01T09:00:00Z",
                new AccountFlaggedEvent("s1", "Spam", ADMIN)));

        assertThat(flagged.what()).isEqualTo("Account flagged");
        assertThat(flagged.sequence()).isEqualTo(3);
        assertThat(flagged.at()).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
        assertThat(flagged.actorId()).isEqualTo("a1");
        assertThat(flagged.actorRole()).isEqualTo(Role.ADMIN);
        assertThat(flagged.details()).isEqualTo(Map.of("reason", "Spam"));
        assertThat(PersonalRecordQueries.recorded("s1", event("Account", "s1", 4, "2026-03-01T09:00:00Z",
                new CredentialsChangedEvent("s1", SPONSOR))).details()).isEmpty();
        assertThat(PersonalRecordQueries.recorded("s1", event("Account", "s1", 5, "2026-03-01T09:00:00Z",
                new AccountRemovedEvent("s1", Role.SPONSOR, ADMIN, "Fake profile"))).details())
                .isEqualTo(Map.of("role", "Sponsor", "reason", "Fake profile"));
        assertThat(PersonalRecordQueries.what(SponsorProfileUpdatedEvent.class)).isEqualTo("Sponsor profile updated");
    }

    @Test
    void nestedRecordsAreSpelledOutComponentByComponentAndFixedListsByTheirLabels() {
        CampaignDetails details = new CampaignDetails("Spring", "Fresh", "Reach", Category.HOME_DECOR,
                Visibility.PUBLIC, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1));
        RecordedEvent created = PersonalRecordQueries.recorded("c1", event("Campaign", "c1", 0, "2026-03-01T09:00:00Z",
                new CampaignCreatedEvent("c1", "s1", details, new BigDecimal("1500.00"), SPONSOR)));

        assertThat(created.what()).isEqualTo("Campaign created");
        assertThat(created.details()).containsExactly(Map.entry("sponsorId", "s1"), Map.entry("details.name", "Spring"),
                Map.entry("details.description", "Fresh"), Map.entry("details.goals", "Reach"),
                Map.entry("details.category", "Home-Decor"), Map.entry("details.visibility", "Public"),
                Map.entry("details.startDate", "2026-04-01"), Map.entry("details.endDate", "2026-05-01"),
                Map.entry("budget", "1500.00"));
        assertThat(PersonalRecordQueries.recorded("c1", event("Campaign", "c1", 1, "2026-03-02T09:00:00Z",
                new CampaignClosedEvent("c1", "s1", CloseReason.BY_ADMIN, ADMIN))).details())
                .containsEntry("reason", "Closed by an admin");
    }
}
