package com.sponsorship.web.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseDurabilityCheckTest {

    @Test
    void aDurableDatabasePasses() {
        assertThatCode(() -> DatabaseDurabilityCheck.verify(new DurabilitySettings("on", "on", "on"), false))
                .doesNotThrowAnyException();
        assertThatCode(() -> DatabaseDurabilityCheck.verify(new DurabilitySettings("on", "local", "off"), false))
                .as("local commits are flushed; full_page_writes off only warns").doesNotThrowAnyException();
    }

    @Test
    void fsyncOrSynchronousCommitOffIsRefusedNamingWhatIsOff() {
        assertThatThrownBy(() -> DatabaseDurabilityCheck.verify(new DurabilitySettings("off", "on", "on"), false))
                .hasMessageStartingWith("PostgreSQL runs with fsync=off:")
                .hasMessageContaining("platform.database.allow-unsafe-durability");
        assertThatThrownBy(() -> DatabaseDurabilityCheck.verify(new DurabilitySettings("on", "off", "on"), false))
                .hasMessageStartingWith("PostgreSQL runs with synchronous_commit=off:");
        assertThatThrownBy(() -> DatabaseDurabilityCheck.verify(new DurabilitySettings("off", "off", "off"), false))
                .hasMessageStartingWith("PostgreSQL runs with fsync=off and synchronous_commit=off:");
    }

    @Test
    void theExplicitSettingAllowsAnUnsafeDatabase() {
        assertThatCode(() -> DatabaseDurabilityCheck.verify(new DurabilitySettings("off", "off", "off"), true))
                .doesNotThrowAnyException();
    }
}
