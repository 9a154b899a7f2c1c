package com.sponsorship.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.sponsorship.api.common.Rules;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AdminBootstrapTest {

    @Test
    void generatedPasswordsPassThePasswordRuleAndDifferEachTime() {
        Set<String> passwords = new HashSet<>();
        IntStream.range(0, 50).forEach(i -> passwords.add(AdminBootstrap.randomPassword()));
        assertThat(passwords).hasSize(50).allSatisfy(password -> {
            assertThat(password).matches(Rules.PASSWORD_PATTERN);
            assertThat(password).hasSizeGreaterThanOrEqualTo(24);
        });
    }
}
