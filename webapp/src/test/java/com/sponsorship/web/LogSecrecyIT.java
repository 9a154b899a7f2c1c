package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Neither passwords nor their hashes reach the log, not even when a concurrent duplicate
 * registration fails in the database (whose error would quote the inserted values). A fresh context,
 * so that the capture starts before the application does and sees the admin created.
 */
@ExtendWith(OutputCaptureExtension.class)
@PlatformIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class LogSecrecyIT {

    private static final int SIMULTANEOUS_REGISTRATIONS = 12;
    @LocalServerPort
    int port;

    @Test
    void noPasswordOrHashIsLogged(CapturedOutput log) throws Exception {
        ApiClient api = new ApiClient(port);
        String email = TestData.uniqueEmail("twice");
        assertThat(registerAtOnce(api, email)).containsOnlyOnce(201);
        assertThat(api.get("/api/v1/me", email, TestData.WRONG_PASSWORD).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", TestData.uniqueEmail("nobody"), TestData.PASSWORD).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", email, TestData.PASSWORD).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me", TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD).status()).isEqualTo(200);

        assertThat(log.getAll()).contains("Started");
        assertThat(LoggedSecrets.in(log.getAll().lines()))
                .as("log lines with a password, a hash or a failed statement's values").isEmpty();
    }

    /** The same registration from many clients at once: one wins, the database refuses the others. */
    private List<Integer> registerAtOnce(ApiClient api, String email) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(SIMULTANEOUS_REGISTRATIONS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = IntStream.range(0, SIMULTANEOUS_REGISTRATIONS)
                    .mapToObj(i -> clients.submit(() -> {
                        start.await();
                        return api.post("/api/v1/accounts/sponsors", null, null, Map.of("name", "Twice Brand",
                                "email", email, "password", TestData.PASSWORD, "industry", "Sports")).status();
                    }))
                    .toList();
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            clients.shutdownNow();
        }
    }
}
