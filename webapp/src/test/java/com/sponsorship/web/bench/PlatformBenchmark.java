package com.sponsorship.web.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sponsorship.SponsorshipPlatformApplication;
import com.sponsorship.api.account.FindLoginAccountQuery;
import com.sponsorship.api.account.LoginAccount;
import com.sponsorship.api.account.RegisterAuditorCommand;
import com.sponsorship.api.account.RegisterInfluencerCommand;
import com.sponsorship.api.account.RegisterSponsorCommand;
import com.sponsorship.api.campaign.CampaignDetails;
import com.sponsorship.api.campaign.CreateCampaignCommand;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Industry;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.common.Visibility;
import com.sponsorship.api.negotiation.AcceptOfferCommand;
import com.sponsorship.api.negotiation.CounterOfferCommand;
import com.sponsorship.api.negotiation.OpenAdRequestCommand;
import com.sponsorship.command.chain.RecordVerification;
import com.sponsorship.command.chain.RecordVerificationStatus;
import com.sponsorship.demo.DemoData;
import com.sponsorship.demo.DemoSize;
import com.sponsorship.demo.DemoSummary;
import com.sponsorship.query.runtime.ProjectionRebuilds;
import com.sponsorship.query.runtime.ProjectionStatus;
import com.sponsorship.web.ChainPause;
import com.sponsorship.web.Projections;
import com.sponsorship.web.TestData;
import com.sponsorship.web.common.PlatformQueries;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures the platform on the embedded PostgreSQL and writes the figures to docs/benchmarks.md.
 * Not part of the test suite (its name matches neither *Test nor *IT); run it with
 * {@code mvn -B -pl webapp -am verify -Dit.test=PlatformBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false}.
 * It asserts nothing about speed. Properties:
 * <ul>
 * <li>{@code bench.negotiations} (default 20000): negotiations of the command mix, 3 commands each;</li>
 * <li>{@code bench.page-seconds} (default 30): how long each page is requested, after
 * {@code bench.warm-up-seconds} (default 3) unmeasured;</li>
 * <li>{@code bench.profile=DIR}: record the commands, rebuild and pages phases with Flight Recorder;</li>
 * <li>{@code bench.demo=small|medium|large}: first generate that demo data set (through
 * {@link DemoData}, the generator of {@code --demo-data}), restart on it, and measure pages as its
 * demo logins;</li>
 * <li>{@code bench.data-directory}: the PostgreSQL data directory (default: a new temporary one);
 * with {@code bench.demo-logins=sponsor-email,influencer-email} it already holds the demo data
 * set of {@code bench.demo} (for instance made by {@code --demo-data=large}), which is not generated
 * again.</li>
 * </ul>
 */
class PlatformBenchmark {

    private static final int SENDERS = 16;
    private static final int CLIENTS = 8;
    private static final String PASSWORD = "Bench#Pass1";
    /** The admin the test profile creates at start (application-test.properties). */
    private static final Login ADMIN = new Login("admin", "admin@test.local", TestData.ADMIN_PASSWORD);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final int negotiations = Integer.getInteger("bench.negotiations", 20_000);
    private final Duration pageRun = Duration.ofSeconds(Long.getLong("bench.page-seconds", 30));
    private final Duration warmUp = Duration.ofSeconds(Long.getLong("bench.warm-up-seconds", 3));
    private final DemoSize demo = System.getProperty("bench.demo") == null ? null
            : DemoSize.parse(System.getProperty("bench.demo"));
    private final String dataDirectory = System.getProperty("bench.data-directory");
    private final String demoLogins = System.getProperty("bench.demo-logins");

    record Login(String role, String email, String password) {
    }

    record DemoFigures(List<Login> logins, Duration generation) {
    }

    @Test
    void measure() throws Exception {
        Path data = dataDirectory == null ? Files.createTempDirectory("bench-postgres") : Path.of(dataDirectory);
        DemoFigures demoData = demo == null ? null : demoData(data);
        resetHeapPeaks();
        long starting = System.nanoTime();
        try (ConfigurableApplicationContext app = start(data)) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            HttpClient anonymous = HttpClient.newHttpClient();
            assertThat(anonymous.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
            double startupSeconds = (System.nanoTime() - starting) / 1e9;

            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long eventsAtStart = events(jdbc);
            // a store from before the chain is chained once, in the background, from the first start
            Duration firstChaining = untilChained(jdbc);
            CommandGateway gateway = app.getBean(CommandGateway.class);
            Cast cast = cast(gateway, app.getBean(PlatformQueries.class));
            DataSource dataSource = app.getBean(DataSource.class);
            // half the mix with the chain paused, half with it on, twice, so that neither has the cold JVM alone
            Throughput unchained = Throughput.NONE;
            Throughput commands = Throughput.NONE;
            long backlog = 0;
            Duration backlogChaining = Duration.ZERO;
            Duration chainLag = Duration.ZERO;
            for (int round = 0; round < 2; round++) {
                try (ChainPause paused = ChainPause.hold(dataSource)) {
                    unchained = unchained.plus(profiled("commands-unchained", () -> commandMix(gateway, cast, 2)));
                }
                backlog = events(jdbc) - chainedEvents(jdbc);
                backlogChaining = untilChained(jdbc);
                commands = commands.plus(profiled("commands", () -> commandMix(gateway, cast, 2)));
                chainLag = untilChained(jdbc);
            }
            ProjectionRebuilds rebuilds = app.getBean(ProjectionRebuilds.class);
            awaitCaughtUp(rebuilds);
            long events = events(jdbc);
            double rebuildSeconds = profiled("rebuild", () -> rebuild(rebuilds));
            Verification verification = profiled("verification", () -> verifyTheRecord(app.getBean(RecordVerification.class)));
            // pages are measured as autovacuum leaves the rebuilt tables, not while it works on them
            jdbc.execute("vacuum analyze");
            Login sponsor = demoData == null ? cast.sponsor() : demoData.logins().get(0);
            Login influencer = demoData == null ? cast.influencer() : demoData.logins().get(1);
            List<PageFigure> pages = profiled("pages", () -> pageLatencies(base, sponsor, influencer, cast.auditor()));
            Record record = new Record(eventsAtStart, firstChaining, unchained, backlog, backlogChaining, chainLag,
                    verification);
            writeReport(demoData, eventsAtStart, startupSeconds, commands, events, rebuildSeconds, record, pages,
                    peakHeapMegabytes());
        }
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(SponsorshipPlatformApplication.class)
                .profiles("test")
                // checkpoints as often as in production, not every 10 links as in the tests
                .run("--server.port=0", "--platform.embedded-postgres.data-directory=" + data,
                        "--platform.record.checkpoint-every=1000");
    }

    /** The tamper-evident record's figures. */
    record Record(long eventsAtStart, Duration firstChaining, Throughput unchained, long backlog,
                  Duration backlogChaining, Duration chainLag, Verification verification) {
    }

    record Verification(long links, double seconds, String state) {
    }

    private static long chainedEvents(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from event_chain_link", Long.class);
    }

    /** How long until every stored event is chained. */
    private static Duration untilChained(JdbcTemplate jdbc) {
        long start = System.nanoTime();
        await().forever().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(() -> chainedEvents(jdbc) >= events(jdbc));
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** "Verify the record" over the whole chain, as an admin starts it. */
    private static Verification verifyTheRecord(RecordVerification verification) {
        long start = System.nanoTime();
        assertThat(verification.start("benchmark")).isTrue();
        RecordVerificationStatus result = await().forever().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .until(verification::status, status -> status.state() != RecordVerificationStatus.State.RUNNING);
        return new Verification(result.head(), (System.nanoTime() - start) / 1e9, result.state().name());
    }

    /** Generates the demo data set in an application of its own, or takes the logins of one made before. */
    private DemoFigures demoData(Path data) {
        if (demoLogins != null) {
            String[] emails = demoLogins.split(",");
            assertThat(emails).hasSize(2);
            return new DemoFigures(List.of(new Login("sponsor", emails[0].trim(), DemoData.PASSWORD),
                    new Login("influencer", emails[1].trim(), DemoData.PASSWORD)), null);
        }
        try (ConfigurableApplicationContext app = start(data)) {
            DemoSummary summary = app.getBean(DemoData.class).generate(demo);
            return new DemoFigures(List.of(new Login("sponsor", summary.sponsorEmail(), summary.password()),
                    new Login("influencer", summary.influencerEmail(), summary.password())), summary.took());
        }
    }

    private static long events(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    record Cast(List<Actor> sponsors, List<String> campaigns, List<Actor> influencers, Login sponsor,
                Login influencer, Login auditor) {
    }

    /** 16 sponsors with a campaign each, 16 influencers, and an auditor registered by the admin. */
    private Cast cast(CommandGateway gateway, PlatformQueries queries) {
        List<Actor> sponsors = new ArrayList<>();
        List<String> campaigns = new ArrayList<>();
        Login sponsorLogin = null;
        for (int i = 0; i < SENDERS; i++) {
            Actor sponsor = new Actor(UUID.randomUUID().toString(), Role.SPONSOR);
            String email = "bench-sponsor-" + i + "-" + sponsor.accountId().substring(0, 8) + "@example.com";
            gateway.sendAndWait(new RegisterSponsorCommand(sponsor.accountId(), "Bench Sponsor " + i, email, PASSWORD,
                    Industry.values()[i % Industry.values().length]));
            sponsors.add(sponsor);
            sponsorLogin = sponsorLogin == null ? new Login("sponsor", email, PASSWORD) : sponsorLogin;
            String campaignId = UUID.randomUUID().toString();
            gateway.sendAndWait(new CreateCampaignCommand(campaignId, sponsor, new CampaignDetails("Bench Campaign " + i,
                    "Load", "Throughput", Category.values()[i % Category.values().length], Visibility.PUBLIC,
                    LocalDate.now(), LocalDate.now().plusYears(1)), new BigDecimal("1000000000")));
            campaigns.add(campaignId);
        }
        List<Actor> influencers = new ArrayList<>();
        Login influencerLogin = null;
        for (int i = 0; i < SENDERS; i++) {
            Actor influencer = new Actor(UUID.randomUUID().toString(), Role.INFLUENCER);
            String email = "bench-influencer-" + i + "-" + influencer.accountId().substring(0, 8) + "@example.com";
            gateway.sendAndWait(new RegisterInfluencerCommand(influencer.accountId(), "Bench Creator " + i, email,
                    PASSWORD, Category.values()[i % Category.values().length], 1000L * (i + 1)));
            influencers.add(influencer);
            influencerLogin = influencerLogin == null ? new Login("influencer", email, PASSWORD) : influencerLogin;
        }
        LoginAccount admin = queries.find(new FindLoginAccountQuery(ADMIN.email()), LoginAccount.class).orElseThrow();
        String auditorId = UUID.randomUUID().toString();
        String auditorEmail = "bench-auditor-" + auditorId.substring(0, 8) + "@example.com";
        gateway.sendAndWait(new RegisterAuditorCommand(auditorId, new Actor(admin.accountId(), Role.ADMIN),
                "Bench Auditor", auditorEmail, PASSWORD));
        return new Cast(sponsors, campaigns, influencers, sponsorLogin, influencerLogin,
                new Login("auditor", auditorEmail, PASSWORD));
    }

    record Throughput(long commands, double seconds) {
        static final Throughput NONE = new Throughput(0, 0);

        double perSecond() {
            return commands / seconds;
        }

        Throughput plus(Throughput other) {
            return new Throughput(commands + other.commands, seconds + other.seconds);
        }
    }

    /** Each sender negotiates on its own campaign: open a request, the influencer counters, the sponsor accepts. */
    /** {@code 1 / share} of the mix's negotiations. */
    private Throughput commandMix(CommandGateway gateway, Cast cast, int share) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        AtomicLong sent = new AtomicLong();
        int perSender = negotiations / share / SENDERS;
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int s = 0; s < SENDERS; s++) {
            Actor sponsor = cast.sponsors().get(s);
            Actor influencer = cast.influencers().get(s);
            String campaign = cast.campaigns().get(s);
            running.add(senders.submit(() -> {
                for (int n = 0; n < perSender; n++) {
                    String id = UUID.randomUUID().toString();
                    gateway.sendAndWait(new OpenAdRequestCommand(id, sponsor, campaign, influencer.accountId(),
                            "Bench offer", "Posts", new BigDecimal("100.00")));
                    gateway.sendAndWait(new CounterOfferCommand(id, influencer, new BigDecimal("120.00"), "Counter"));
                    gateway.sendAndWait(new AcceptOfferCommand(id, sponsor));
                    sent.addAndGet(3);
                }
                return null;
            }));
        }
        for (Future<?> sender : running) {
            sender.get();
        }
        senders.shutdown();
        return new Throughput(sent.get(), (System.nanoTime() - start) / 1e9);
    }

    private static void awaitCaughtUp(ProjectionRebuilds rebuilds) {
        await().forever().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50)).until(() ->
                !rebuilds.isRebuilding() && rebuilds.statuses().stream().allMatch(ProjectionStatus::current));
    }

    private static double rebuild(ProjectionRebuilds rebuilds) throws Exception {
        long start = System.nanoTime();
        Projections.rebuildAll(rebuilds, Duration.ofHours(2));
        return (System.nanoTime() - start) / 1e9;
    }

    interface Phase<T> {
        T run() throws Exception;
    }

    /** With -Dbench.profile=DIR each phase is recorded into DIR/phase.jfr with Flight Recorder's profile settings. */
    private static <T> T profiled(String name, Phase<T> phase) throws Exception {
        String directory = System.getProperty("bench.profile");
        if (directory == null) {
            return phase.run();
        }
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.start();
            T result = phase.run();
            recording.dump(Path.of(directory, name + ".jfr"));
            return result;
        }
    }

    record PageFigure(String role, String path, int requests, double p50, double p99, double perSecond) {
    }

    /** The dashboards, searches and statistics of each role. */
    private List<PageFigure> pageLatencies(String base, Login sponsor, Login influencer, Login auditor)
            throws Exception {
        List<PageFigure> figures = new ArrayList<>();
        figures.add(hammer(base, sponsor, "/sponsor/campaigns"));
        figures.add(hammer(base, sponsor, "/search?q=son&order=desc"));
        figures.add(hammer(base, sponsor, "/stats"));
        figures.add(hammer(base, sponsor, "/stats/status-distribution.png"));
        figures.add(hammer(base, influencer, "/influencer"));
        figures.add(hammer(base, influencer, "/search?q=steel&order=desc"));
        figures.add(hammer(base, auditor, "/ad-requests"));
        figures.add(hammer(base, auditor, "/ad-requests?status=AGREED"));
        figures.add(hammer(base, auditor, "/ad-requests?sponsor=group"));
        figures.add(hammer(base, ADMIN, "/admin"));
        figures.add(hammer(base, ADMIN, "/stats"));
        return figures;
    }

    /**
     * {@value CLIENTS} signed-in clients request one page as fast as they can for the run's
     * duration, after an unmeasured warm-up of the same.
     */
    private PageFigure hammer(String base, Login login, String path) throws Exception {
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(signedIn(base, login));
        }
        request(base, path, clients, warmUp);
        long start = System.nanoTime();
        Latencies latencies = new Latencies(request(base, path, clients, pageRun));
        double seconds = (System.nanoTime() - start) / 1e9;
        return new PageFigure(login.role(), path, latencies.count(), latencies.percentileMillis(50),
                latencies.percentileMillis(99), latencies.count() / seconds);
    }

    /** Each client requests the page in a loop for the run; returns every request's duration. */
    private static long[] request(String base, String path, List<HttpClient> clients, Duration run)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        long end = System.nanoTime() + run.toNanos();
        List<Future<long[]>> results = new ArrayList<>();
        for (HttpClient client : clients) {
            results.add(pool.submit(() -> {
                List<Long> durations = new ArrayList<>();
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).build();
                while (System.nanoTime() < end) {
                    long before = System.nanoTime();
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    durations.add(System.nanoTime() - before);
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(path + " answered " + response.statusCode());
                    }
                }
                return durations.stream().mapToLong(Long::longValue).toArray();
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> result : results) {
            for (long duration : result.get()) {
                all.add(duration);
            }
        }
        pool.shutdown();
        return all.stream().mapToLong(Long::longValue).toArray();
    }

    private static HttpClient signedIn(String base, Login login) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String loginPage = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(loginPage);
        assertThat(csrf.find()).isTrue();
        String form = "email=" + URLEncoder.encode(login.email(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(login.password(), StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        HttpResponse<Void> signIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return client;
    }

    /** Peak heap is that of the measured application: the generation's application is closed by then. */
    private static void resetHeapPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage)
                .mapToLong(usage -> usage.getUsed())
                .sum() / (1024 * 1024);
    }

    private String repeatCommand() {
        StringBuilder command = new StringBuilder("mvn -B -pl webapp -am verify -Dit.test=PlatformBenchmark "
                + "-Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false -Dbench.negotiations=" + negotiations
                + " -Dbench.page-seconds=" + pageRun.toSeconds() + " -Dbench.warm-up-seconds=" + warmUp.toSeconds());
        if (demo != null) {
            command.append(" -Dbench.demo=").append(demo.name().toLowerCase(Locale.ROOT));
        }
        if (demoLogins != null) {
            command.append(" -Dbench.data-directory=DIR -Dbench.demo-logins=SPONSOR,INFLUENCER");
        }
        return command.toString();
    }

    private String dataSet(DemoFigures demoData, long eventsAtStart) {
        if (demo == null) {
            return String.format(Locale.ROOT, "an empty database; the command mix below makes the data (%,d events at start)",
                    eventsAtStart);
        }
        String made = demoData.generation() == null
                ? "generated before into the data directory by `java -jar webapp/target/sponsorship-platform.jar "
                        + "--demo-data=" + demo.name().toLowerCase(Locale.ROOT)
                        + " --platform.embedded-postgres.data-directory=DIR`"
                : String.format(Locale.ROOT, "generated first by `DemoData` in %d min %d s, then the application restarted on it",
                        demoData.generation().toMinutes(), demoData.generation().toSecondsPart());
        return String.format(Locale.ROOT, "the %s demo data set (%,d sponsors, %,d influencers, %,d campaigns, "
                        + "%,d ad requests), %s; %,d events in the store at start; pages signed in as its demo "
                        + "sponsor and influencer, an auditor and the admin",
                demo, demo.sponsors(), demo.influencers(), demo.campaigns(), demo.adRequests(), made, eventsAtStart);
    }

    /** Replaces the measured part of the report and keeps its hand-written history. */
    private void writeReport(DemoFigures demoData, long eventsAtStart, double startupSeconds, Throughput commands,
                             long events, double rebuildSeconds, Record record, List<PageFigure> pages, long peakHeap)
            throws IOException {
        StringBuilder report = new StringBuilder();
        report.append("# Benchmarks\n\n")
                .append("Measured by `PlatformBenchmark` (webapp test sources) on the embedded PostgreSQL 17, on this\n")
                .append("project's 2-core machine, application and load in one JVM (")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB max heap), on ")
                .append(LocalDate.now()).append(". Data: ").append(dataSet(demoData, eventsAtStart))
                .append(". Repeat with:\n\n```\n").append(repeatCommand()).append("\n```\n\n")
                .append("| figure | measured | target |\n| --- | --- | --- |\n")
                .append(String.format(Locale.ROOT, "| start-up to the first served page (context start + GET /login) | %.1f s | |%n",
                        startupSeconds))
                .append(String.format(Locale.ROOT, "| commands per second, %d senders through the command gateway (open, counter, accept; %,d commands), the event chain on (two runs of half) | %.0f /s | ≥ 1,000 /s |%n",
                        SENDERS, commands.commands(), commands.perSecond()))
                .append(String.format(Locale.ROOT, "| the same with the chain paused, as before it existed (two runs of half, each just before one of the runs above; %,d commands) | %.0f /s | |%n",
                        record.unchained().commands(), record.unchained().perSecond()))
                .append(String.format(Locale.ROOT, "| first chaining of the %,d events stored at start-up (in the background, from the first start) | %.1f s | |%n",
                        record.eventsAtStart(), record.firstChaining().toMillis() / 1e3))
                .append(String.format(Locale.ROOT, "| chaining the %,d events stored during the second paused run | %,.0f events/s (%.1f s) | |%n",
                        record.backlog(), record.backlog() / Math.max(1e-3, record.backlogChaining().toMillis() / 1e3),
                        record.backlogChaining().toMillis() / 1e3))
                .append(String.format(Locale.ROOT, "| chain lag at the end of the command run (last command answered to last event chained) | %.2f s | seconds |%n",
                        record.chainLag().toMillis() / 1e3))
                .append(String.format(Locale.ROOT, "| Verify the record, the whole chain (%,d links) | %.1f s (%,.0f links/s), %s | |%n",
                        record.verification().links(), record.verification().seconds(),
                        record.verification().links() / record.verification().seconds(), record.verification().state()))
                .append(String.format(Locale.ROOT, "| projection rebuild, all projections from %,d events | %,.0f events/s (%.1f s) | ≥ 10,000 /s |%n",
                        events, events / rebuildSeconds, rebuildSeconds))
                .append(String.format(Locale.ROOT, "| peak heap of the JVM (application and load generator) | %,d MB | |%n", peakHeap))
                .append("\nPage latency with ").append(CLIENTS).append(" concurrent signed-in clients, ")
                .append(pageRun.toSeconds()).append(" s per page after a ").append(warmUp.toSeconds())
                .append(" s warm-up, on the rebuilt read models after a `vacuum analyze` (target p99 < 100 ms):\n\n")
                .append("| signed in as | page | requests | p50 | p99 | throughput |\n| --- | --- | --- | --- | --- | --- |\n");
        for (PageFigure page : pages) {
            report.append(String.format(Locale.ROOT, "| %s | `%s` | %d | %.1f ms | %.1f ms | %.0f /s |%n", page.role(),
                    page.path(), page.requests(), page.p50(), page.p99(), page.perSecond()));
        }
        Path target = Path.of(System.getProperty("bench.report", "../docs/benchmarks.md"));
        String previous = Files.exists(target) ? Files.readString(target) : "";
        int history = previous.indexOf("\n## History");
        if (history >= 0) {
            report.append(previous.substring(history));
        }
        Files.writeString(target, report.toString());
    }
}
