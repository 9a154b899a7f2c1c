package com.sponsorship.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimesRemainingTest {

    @Test
    void showsTheTwoLargestUnits() {
        assertThat(Times.remaining(Duration.ofDays(6).plusHours(23).plusMinutes(59))).isEqualTo("6 days 23 hours");
        assertThat(Times.remaining(Duration.ofDays(1))).isEqualTo("1 day");
        assertThat(Times.remaining(Duration.ofHours(2).plusMinutes(1))).isEqualTo("2 hours 1 minute");
        assertThat(Times.remaining(Duration.ofMinutes(5))).isEqualTo("5 minutes");
        assertThat(Times.remaining(Duration.ofSeconds(30))).isEqualTo("less than a minute");
        assertThat(Times.remaining(Duration.ofMinutes(-5))).isEqualTo("less than a minute");
    }
}
