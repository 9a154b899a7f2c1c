package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The log audit's markers catch what leaks and let the driver's value-free messages through. */
class LoggedSecretsTest {

    @Test
    void aBatchEntryQuotingItsStatementAHashOrAPasswordIsALeak() {
        assertThat(LoggedSecrets.in(Stream.of(
                "Batch entry 0 insert into account_credentials (email, hash) values ('a@b.c', 'x') was aborted",
                "stored $2a$10$abcdefghijklmnopqrstuv",
                "signed in with " + TestData.PASSWORD,
                "Detail: Key (email)=(a@b.c) already exists."))).hasSize(4);
    }

    @Test
    void theDriversMessageWithoutTheStatementIsNoLeak() {
        assertThat(LoggedSecrets.in(Stream.of(
                "BatchUpdateException: Batch entry 0 <unknown> was aborted: ERROR: invalid byte sequence",
                "Started SponsorshipPlatformApplication in 9.1 seconds"))).isEmpty();
    }
}
