package com.sponsorship.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoSizeTest {

    @Test
    void readsTheOptionInAnyCase() {
        assertThat(DemoSize.parse("small")).isEqualTo(DemoSize.SMALL);
        assertThat(DemoSize.parse(" Medium ")).isEqualTo(DemoSize.MEDIUM);
        assertThat(DemoSize.parse("LARGE")).isEqualTo(DemoSize.LARGE);
    }

    @Test
    void aWrongSizeSaysWhichAreValid() {
        assertThatThrownBy(() -> DemoSize.parse("huge"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--demo-data must be small, medium or large, not 'huge'");
    }
}
