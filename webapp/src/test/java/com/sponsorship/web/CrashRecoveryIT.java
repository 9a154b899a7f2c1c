package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sponsorship.web.config.SuperuserPassword;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real application jar in a child JVM, killed with SIGKILL while campaigns are being created:
 * first together with its PostgreSQL, then alone (leaving PostgreSQL running). Each time it must
 * start again at the first try, and every campaign it acknowledged must be there.
 */
class CrashRecoveryIT {

    private static final Path JAR = Path.of("target", "sponsorship-platform.jar");
    private static final Duration START_BOUND = Duration.ofSeconds(150);
    private static final Duration CATCH_UP_BOUND = Duration.ofSeconds(30);
    private static final int ACKNOWLEDGED_BEFORE_KILL = 40;
    private static final int WRITERS = 4;

    @TempDir
    Path workDirectory;
    Path dataDirectory;
    Process app;
    int starts;

    @Test
    void everyAcknowledgedCampaignSurvivesAKillAndTheAppStartsAtTheFirstTry() throws Exception {
        dataDirectory = workDirectory.resolve("postgres");
        ApiClient api = start();
        String sponsor = TestData.uniqueEmail("crash");
        assertThat(api.post("/api/v1/accounts/sponsors", null, null, Map.of("name", "Crash Brand", "email", sponsor,
                "password", TestData.PASSWORD, "industry", "Food-and-Beverage")).status()).isEqualTo(201);

        Set<String> acknowledged = createCampaignsUntilKilled(api, sponsor, this::killAppAndPostgres);
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
        assertAllThere(start(), sponsor, acknowledged);

        ProcessHandle postgres = postmaster().orElseThrow();
        app.destroyForcibly().waitFor();
        assertThat(postgres.isAlive()).as("PostgreSQL outlives the killed application").isTrue();
        assertAllThere(start(), sponsor, acknowledged);
        assertThat(postgres.isAlive()).as("the orphaned PostgreSQL was stopped").isFalse();

        String password = SuperuserPassword.of(dataDirectory);
        for (int i = 1; i <= starts; i++) {
            assertThat(Files.readString(log(i))).as("log of start " + i).doesNotContain(password);
        }
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (app != null) {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
        }
        Optional<ProcessHandle> postgres = dataDirectory == null ? Optional.empty() : postmaster();
        if (postgres.isPresent()) {
            postgres.get().destroy();
            postgres.get().onExit().get(30, TimeUnit.SECONDS);
        }
    }

    /** Writers keep creating campaigns; once enough were acknowledged, the kill lands while more are in flight. */
    private Set<String> createCampaignsUntilKilled(ApiClient api, String sponsor, Runnable kill) throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int writer = 0; writer < WRITERS; writer++) {
            writers.execute(() -> {
                while (!killed.get()) {
                    try {
                        ApiClient.Response created = api.post("/api/v1/campaigns", sponsor, TestData.PASSWORD,
                                campaign("Crash " + acknowledged.size()));
                        if (created.status() == 201) {
                            acknowledged.add(created.body().get("id").asString());
                        }
                    } catch (IllegalStateException connectionLost) {
                        // not acknowledged, so nothing is promised
                    }
                }
            });
        }
        try {
            await("campaigns acknowledged before the kill").atMost(START_BOUND).pollInterval(Duration.ofMillis(20))
                    .until(() -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL);
        } finally {
            kill.run();
            killed.set(true);
            writers.shutdown();
        }
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        return Set.copyOf(acknowledged);
    }

    private void killAppAndPostgres() {
        try {
            ProcessHandle postgres = postmaster().orElseThrow();
            assertThat(postgres.destroyForcibly()).as("SIGKILL sent to the postmaster").isTrue();
            app.destroyForcibly();
            app.waitFor();
            postgres.onExit().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertAllThere(ApiClient api, String sponsor, Set<String> campaigns) throws InterruptedException {
        List<String> missing = new ArrayList<>(campaigns);
        await().atMost(CATCH_UP_BOUND).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            missing.removeIf(id -> api.get("/api/v1/campaigns/" + id, sponsor, TestData.PASSWORD).status() == 200);
            assertThat(missing).as("acknowledged campaigns missing after the restart").isEmpty();
        });
    }

    /** Starts the jar once and waits until it serves; a start that fails is a failure of the test. */
    private ApiClient start() throws IOException, InterruptedException {
        starts++;
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toString(), "--server.port=" + port,
                "--platform.embedded-postgres.data-directory=" + dataDirectory,
                "--spring.datasource.hikari.maximum-pool-size=10")
                .redirectErrorStream(true)
                .redirectOutput(log(starts).toFile());
        builder.environment().put("ADMIN_PASSWORD", TestData.ADMIN_PASSWORD);
        app = builder.start();
        ApiClient api = new ApiClient(port);
        // a start that died fails at once: an AssertionError from until(...) is not retried
        await("start " + starts + " serves").atMost(START_BOUND).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(250)).until(() -> {
                    assertThat(app.isAlive()).as("start %d is running (see %s)", starts, log(starts)).isTrue();
                    return serves(api);
                });
        return api;
    }

    private static boolean serves(ApiClient api) {
        try {
            return api.bytes("/login", null, null).statusCode() == 200;
        } catch (IllegalStateException notYet) {
            return false;
        }
    }

    private Optional<ProcessHandle> postmaster() throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip())).filter(ProcessHandle::isAlive);
    }

    private Path log(int start) {
        return workDirectory.resolve("start-" + start + ".log");
    }

    private static Map<String, Object> campaign(String name) {
        return Map.of("name", name, "description", "d", "goals", "g", "category", "Beauty", "budget", 1000,
                "visibility", "Public", "startDate", TestData.start().toString(), "endDate", TestData.end().toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
