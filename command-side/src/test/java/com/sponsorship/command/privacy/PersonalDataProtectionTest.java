package com.sponsorship.command.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sponsorship.api.account.AccountFlaggedEvent;
import com.sponsorship.api.account.InfluencerRegisteredEvent;
import com.sponsorship.api.account.SponsorProfileUpdatedEvent;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.DataSubject;
import com.sponsorship.api.common.Industry;
import com.sponsorship.api.common.PersonalData;
import com.sponsorship.api.common.Role;
import org.junit.jupiter.api.Test;

class PersonalDataProtectionTest {

    private final InMemoryPersonalDataKeys keys = new InMemoryPersonalDataKeys();
    private final PersonalDataProtection protection = new PersonalDataProtection(keys);

    private final InfluencerRegisteredEvent registered = new InfluencerRegisteredEvent("acc-1", "Ada Lovelace",
            "ada@example.com", Category.TECH_GADGETS, 12_000, Actor.SYSTEM);

    @Test
    void personalDataIsStoredEncryptedAndReadBackAsItWas() {
        InfluencerRegisteredEvent kept = protection.protect(registered);
        assertThat(kept.name()).startsWith(PersonalDataProtection.PREFIX).doesNotContain("Ada");
        assertThat(kept.email()).startsWith(PersonalDataProtection.PREFIX).doesNotContain("ada@");
        assertThat(kept.accountId()).isEqualTo("acc-1");
        assertThat(kept.reach()).isEqualTo(12_000);
        assertThat(protection.protect(registered).name()).as("a fresh nonce each time").isNotEqualTo(kept.name());
        assertThat(protection.reveal(kept)).isEqualTo(registered);
        assertThat(protection.protect(kept)).as("protected once only").isEqualTo(kept);
    }

    @Test
    void onceTheKeyIsForgottenThePersonReadsAsErased() {
        InfluencerRegisteredEvent kept = protection.protect(registered);
        keys.forget("acc-1");
        InfluencerRegisteredEvent erased = protection.reveal(kept);
        assertThat(erased.name()).isEqualTo("Erased user");
        assertThat(erased.email()).isEqualTo("erased-acc-1@erased.invalid");
        assertThat(erased.category()).isEqualTo(Category.TECH_GADGETS);
    }

    @Test
    void aValueMovedToAnotherPersonOrComponentDoesNotDecrypt() {
        InfluencerRegisteredEvent kept = protection.protect(registered);
        protection.protect(new SponsorProfileUpdatedEvent("acc-2", "Other", Industry.RETAIL, Actor.SYSTEM));
        SponsorProfileUpdatedEvent moved = new SponsorProfileUpdatedEvent("acc-2", kept.name(), Industry.RETAIL, Actor.SYSTEM);
        assertThatThrownBy(() -> protection.reveal(moved)).hasMessage("Personal data of acc-2 (name) does not decrypt");
        InfluencerRegisteredEvent swapped = new InfluencerRegisteredEvent("acc-1", kept.email(), kept.name(),
                Category.TECH_GADGETS, 12_000, Actor.SYSTEM);
        assertThatThrownBy(() -> protection.reveal(swapped)).hasMessageContaining("does not decrypt")
                .hasMessageNotContaining("Ada");
    }

    @Test
    void plainValuesStoredBeforeEncryptionReadAsTheyAreAndOtherEventsPassUnchanged() {
        assertThat(protection.reveal(registered)).isEqualTo(registered);
        AccountFlaggedEvent flagged = new AccountFlaggedEvent("acc-1", "Spam", new Actor("admin", Role.ADMIN));
        assertThat(protection.protect(flagged)).isSameAs(flagged);
        assertThat(keys.isEmpty()).isTrue();
    }

    record WithoutSubject(@PersonalData(erased = "x") String name) {
    }

    record NotText(@DataSubject String id, @PersonalData(erased = "x") Integer age) {
    }

    @Test
    void personalDataNeedsATextSubjectAndTextValues() {
        assertThatThrownBy(() -> protection.protect(new WithoutSubject("Ada"))).hasMessageContaining("no @DataSubject");
        assertThatThrownBy(() -> protection.protect(new NotText("a", 3))).hasMessageContaining("only text");
    }
}
