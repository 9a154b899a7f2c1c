package com.sponsorship.command.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sponsorship.api.account.InfluencerRegisteredEvent;
import com.sponsorship.api.account.SponsorRegisteredEvent;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Industry;
import com.sponsorship.command.privacy.PersonalDataProtection.PersonalFields;
import com.sponsorship.command.privacy.PlainPersonalDataMigration.StoredPayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

class PlainPersonalDataMigrationTest {

    private final InMemoryPersonalDataKeys keys = new InMemoryPersonalDataKeys();
    private final PersonalDataProtection protection = new PersonalDataProtection(keys);
    /** Axon's serializer as the event store uses it (axon.serializer.events=jackson), without the protection. */
    private final Serializer plain = JacksonSerializer.builder().objectMapper(new ObjectMapper()).build();

    @Test
    void theMigrationKnowsEveryStoredTypeWithPersonalData() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) -> true);
        List<Class<?>> personal = scanner.findCandidateComponents("com.sponsorship.api").stream()
                .<Class<?>>map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(), null))
                .filter(type -> PersonalDataProtection.fieldsOf(type).isPresent()).toList();
        assertThat(personal).hasSizeGreaterThanOrEqualTo(6)
                .containsExactlyInAnyOrderElementsOf(PlainPersonalDataMigration.EVENTS);
    }

    @Test
    void plainValuesAreEncryptedAsTheProtectionStoresThemAndTheRestOfThePayloadStaysAsItWas() {
        InfluencerRegisteredEvent old = new InfluencerRegisteredEvent("acc-1", "Ada Lovelace", "ada@example.com",
                Category.TECH_GADGETS, 12_000, Actor.SYSTEM);
        byte[] stored = plain.serialize(old, byte[].class).getData();
        PersonalFields fields = PersonalDataProtection.fieldsOf(InfluencerRegisteredEvent.class).orElseThrow();
        assertThat(fields).isEqualTo(new PersonalFields("accountId", List.of("name", "email")));

        StoredPayload payload = StoredPayload.parse(7, fields, stored);
        assertThat(payload.hasPlainValues()).isTrue();
        assertThat(payload.encrypt(protection)).isEqualTo(2);
        String migrated = new String(payload.bytes(), StandardCharsets.UTF_8);
        assertThat(migrated).doesNotContain("Ada", "ada@").contains("\"name\":\"pd1:", "\"email\":\"pd1:");
        assertThat(migrated.replaceAll("pd1:[^\"]+", "X")).isEqualTo(new String(stored, StandardCharsets.UTF_8)
                .replace("Ada Lovelace", "X").replace("ada@example.com", "X"));
        assertThat(keys.holdsKeyOf("acc-1")).isTrue();

        InfluencerRegisteredEvent read = plain.deserialize(new SimpleSerializedObject<>(payload.bytes(), byte[].class,
                plain.typeForClass(InfluencerRegisteredEvent.class)));
        assertThat(read.name()).startsWith(PersonalDataProtection.PREFIX);
        assertThat(protection.reveal(read)).isEqualTo(old);

        StoredPayload again = StoredPayload.parse(7, fields, payload.bytes());
        assertThat(again.hasPlainValues()).isFalse();
        assertThat(again.encrypt(protection)).isZero();
        assertThat(again.bytes()).as("a second pass changes nothing").isEqualTo(payload.bytes());
    }

    @Test
    void onlyTheValuesStillPlainAreEncryptedAndNumbersAreWrittenBackAsTheyWere() {
        String name = protection.protect("name", "acc-2", "Bob Brand");
        String json = "{\"accountId\":\"acc-2\",\"name\":\"" + name + "\",\"email\":\"bob@example.com\","
                + "\"industry\":\"Retail\",\"amount\":300.00,\"actor\":null}";
        StoredPayload payload = StoredPayload.parse(8, PersonalDataProtection.fieldsOf(SponsorRegisteredEvent.class)
                .orElseThrow(), json.getBytes(StandardCharsets.UTF_8));
        assertThat(payload.subject()).isEqualTo("acc-2");
        assertThat(payload.hasPlainValues()).isTrue();

        assertThat(payload.encrypt(protection)).isEqualTo(1);
        String email = payload.json().get("email").textValue();
        assertThat(new String(payload.bytes(), StandardCharsets.UTF_8)).isEqualTo(json.replace("bob@example.com", email));
        assertThat(protection.reveal(new SponsorRegisteredEvent("acc-2", name, email, Industry.RETAIL, Actor.SYSTEM)))
                .isEqualTo(new SponsorRegisteredEvent("acc-2", "Bob Brand", "bob@example.com", Industry.RETAIL,
                        Actor.SYSTEM));

        StoredPayload withoutEmail = StoredPayload.parse(9, payload.fields(),
                "{\"accountId\":\"acc-3\",\"name\":null}".getBytes(StandardCharsets.UTF_8));
        assertThat(withoutEmail.hasPlainValues()).isFalse();
        assertThat(withoutEmail.encrypt(protection)).isZero();
    }
}
