package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sponsorship.api.account.EraseAccountCommand;
import com.sponsorship.api.account.InfluencerProfileUpdatedEvent;
import com.sponsorship.api.account.InfluencerRegisteredEvent;
import com.sponsorship.api.account.UpdateInfluencerProfileCommand;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Role;
import com.sponsorship.web.common.PlatformCommands;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Names and e-mail addresses are stored in the events encrypted with a key per person, read back
 * decrypted by everything that reads events, and read as erased once that key is gone.
 */
@PlatformIntegrationTest
class PersonalDataIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;
    @Autowired
    PlatformCommands commands;

    @Test
    void personalDataIsEncryptedInTheStoreAndReadsAsErasedWithoutItsKey() {
        ApiClient api = new ApiClient(port);
        String name = "Grace Encrypted " + System.nanoTime();
        String email = api.register("influencers", name, Map.of("category", "Yoga", "reach", 1_000));
        String id = api.accountId(email);
        commands.send(new UpdateInfluencerProfileCommand(id, new Actor(id, Role.INFLUENCER), name + " Renamed",
                Category.YOGA, 2_000L));

        List<String> stored = jdbc.queryForList("select payload from domain_event_entry where aggregate_identifier = ?",
                byte[].class, id).stream().map(payload -> new String(payload, StandardCharsets.UTF_8)).toList();
        assertThat(stored).hasSize(2).allSatisfy(payload -> assertThat(payload).contains("\"name\":\"pd1:")
                .doesNotContain("Grace").doesNotContain(email));
        assertThat(jdbc.queryForObject("select count(*) from personal_data_key where subject_id = ?", Long.class, id))
                .isEqualTo(1);
        assertThat(api.get("/api/v1/me", email, TestData.PASSWORD).body().get("name").asString())
                .isEqualTo(name + " Renamed");
        List<Object> read = events(id);
        assertThat(((InfluencerRegisteredEvent) read.get(0)).email()).isEqualTo(email);
        assertThat(((InfluencerProfileUpdatedEvent) read.get(1)).name()).isEqualTo(name + " Renamed");

        jdbc.update("delete from personal_data_key where subject_id = ?", id);
        List<Object> erased = events(id);
        assertThat(((InfluencerRegisteredEvent) erased.get(0)).name()).isEqualTo("Erased user");
        assertThat(((InfluencerRegisteredEvent) erased.get(0)).email()).isEqualTo("erased-" + id + "@erased.invalid");
        assertThat(((InfluencerProfileUpdatedEvent) erased.get(1)).reach()).isEqualTo(2_000);

        // erased properly too, so that the read models agree with the store when a later test rebuilds them
        commands.send(new EraseAccountCommand(id, new Actor(id, Role.INFLUENCER), "Test over"));
    }

    private List<Object> events(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(DomainEventMessage::getPayload).map(Object.class::cast)
                .toList();
    }
}
