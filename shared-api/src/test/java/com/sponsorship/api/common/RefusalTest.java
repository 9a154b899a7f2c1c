package com.sponsorship.api.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RefusalTest {

    @Test
    void everyCodeFindsItsRefusalAgain() {
        for (Refusal refusal : Refusal.values()) {
            assertThat(Refusal.ofCode(refusal.code())).isSameAs(refusal);
            assertThat(new RuleViolation(refusal, null, "why").refusal()).isSameAs(refusal);
        }
        assertThatIllegalArgumentException().isThrownBy(() -> Refusal.ofCode("no-such-code"));
    }

    @Test
    void onlyRefusalsAboutWhoIsAskingAreForbidden() {
        assertThat(Arrays.stream(Refusal.values()).filter(Refusal::forbidden)).containsExactlyInAnyOrder(
                Refusal.WRONG_ROLE, Refusal.NOT_YOUR_CAMPAIGN, Refusal.NOT_YOUR_NEGOTIATION, Refusal.NOT_YOUR_ACCOUNT);
        assertThat(Arrays.stream(Refusal.values()).filter(refusal -> !refusal.forbidden()))
                .allSatisfy(refusal -> assertThat(refusal.status()).isEqualTo(409));
        assertThat(Refusal.WRONG_ROLE.status()).isEqualTo(403);
    }
}
