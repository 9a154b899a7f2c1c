package com.sponsorship.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RecordConfigurationTest {

    @Test
    void theKeyFileIsBesideTheDataDirectoryUnlessNamed() {
        Path data = Path.of("/home/someone/.sponsorship-platform/postgres");
        assertThat(RecordConfiguration.keyFile("", data))
                .isEqualTo(Path.of("/home/someone/.sponsorship-platform/platform-signing-key.pem"));
        assertThat(RecordConfiguration.keyFile(null, data))
                .isEqualTo(Path.of("/home/someone/.sponsorship-platform/platform-signing-key.pem"));
        assertThat(RecordConfiguration.keyFile("/etc/platform/key.pem", data)).isEqualTo(Path.of("/etc/platform/key.pem"));
    }
}
