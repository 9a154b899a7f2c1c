package com.sponsorship.demo;

import com.sponsorship.api.account.FindLoginAccountQuery;
import com.sponsorship.api.account.LoginAccount;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Role;
import com.sponsorship.demo.DemoDataHost.ReadModelCatchUp;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Generates realistic demo data by sending the commands users send, so that the event history is
 * real: sponsors and influencers register, sponsors create campaigns and open ad requests, and the
 * negotiations run through every status (open to anyone, awaiting either side, agreed, rejected,
 * withdrawn, cancelled when their campaign ended or was closed), some acceptances refused by the
 * budget rule, a few accounts and campaigns flagged by the admin.
 *
 * <p>Everything happens over the past 12 months: while it runs, {@link SimulatedClock} dates each
 * sender's events at the moment it simulates. That works because the local command bus handles a
 * command on the sending thread. On the Axon Server profile commands are handled on the
 * connector's threads, so there the events carry the real time of the generation.
 *
 * <p>Axon's JPA event store takes an event dated more than a minute ago as a sign that any gap in
 * the global index before it will never be filled, so tracking processors would skip events of
 * concurrent senders committed out of order. The rebuildable projections are therefore stopped
 * while it runs and rebuilt from the complete history at the end (pages meanwhile show the read
 * models as they were). The cascade policies keep running: the generator leaves them nothing to
 * do, but they could miss a real user's event committed in the same instant as a generated one.
 *
 * <p>16 senders work in parallel, each on its own slice of sponsors with their campaigns and ad
 * requests, so they never change the same aggregate at once. The deadline scheduler is paused
 * meanwhile: the end deadlines of campaigns that ended in the simulated past would otherwise fire
 * at once, while their negotiations are still being played. The generator closes those campaigns
 * itself at their simulated end, as the deadline would have, and their deadlines, due when the
 * scheduler resumes, find them closed. Pending deadlines of real users wait as long.
 */
@Component
public class DemoData {

    /** The known password of every generated account: deliberately public demo data. */
    public static final String PASSWORD = "Demo#Pass1";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final int SENDERS = 16;
    private static final String TOKEN_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private final CommandGateway gateway;
    private final QueryGateway queries;
    private final DemoDataHost host;
    private final String adminEmail;
    private final Duration progressInterval;

    DemoData(CommandGateway gateway, QueryGateway queries, DemoDataHost host,
             @Value("${platform.admin.email}") String adminEmail,
             @Value("${platform.demo-data.progress-interval:5s}") Duration progressInterval) {
        this.gateway = gateway;
        this.queries = queries;
        this.host = host;
        this.adminEmail = adminEmail;
        this.progressInterval = progressInterval;
    }

    /**
     * Generates one data set of the given size on an empty or existing database (emails carry a
     * run token), and returns when the read models show all of it. One generation at a time.
     */
    public synchronized DemoSummary generate(DemoSize size) {
        long started = System.nanoTime();
        String token = runToken();
        log.info("Demo data: generating {} ({} sponsors, {} influencers, {} campaigns, {} ad requests), run token {}",
                size, size.sponsors(), size.influencers(), size.campaigns(), size.adRequests(), token);
        try (DemoProgress progress = new DemoProgress(progressInterval); SimulatedClock clock = SimulatedClock.install()) {
            DemoRun run = new DemoRun(size, token, Instant.now(), progress);
            List<DemoSender> senders = new ArrayList<>();
            for (int i = 0; i < Math.min(SENDERS, size.sponsors()); i++) {
                senders.add(new DemoSender(gateway, clock, run));
            }
            host.holdBackLiveProcessing();
            try {
                progress.start("accounts", size.sponsors() + size.influencers());
                inParallel(senders, (sender, slice) -> {
                    for (int i = slice; i < size.sponsors(); i += senders.size()) {
                        sender.registerSponsor(i);
                    }
                    for (int i = slice; i < size.influencers(); i += senders.size()) {
                        sender.registerInfluencer(i);
                    }
                });
                progress.finish();
                progress.start("ad requests", size.adRequests());
                inParallel(senders, (sender, slice) -> sender.liveCampaignsOf(slice, senders.size()));
                progress.finish();
                moderate(senders);
            } finally {
                host.resumeAndRebuildReadModels();
            }
            awaitReadModels(progress);
            long ongoing = senders.stream().mapToLong(sender -> sender.ongoingCampaigns().size()).sum();
            return new DemoSummary(size, token, run.commandsSent().get(), run.campaignsCreated().get() - ongoing,
                    run.refusedAcceptances().get(), Duration.ofNanos(System.nanoTime() - started),
                    run.cast().sponsor(0).email(), run.cast().influencer(0).email(), PASSWORD, adminEmail);
        }
    }

    /** The admin flags the newest accounts and a few running campaigns (never the demo logins). */
    private void moderate(List<DemoSender> senders) {
        Optional<LoginAccount> admin = queries.query(new FindLoginAccountQuery(adminEmail),
                        ResponseTypes.optionalInstanceOf(LoginAccount.class)).join()
                .filter(account -> account.role() == Role.ADMIN);
        if (admin.isEmpty()) {
            log.info("Demo data: no admin account {}, so nothing is flagged", adminEmail);
            return;
        }
        List<String> ongoing = senders.stream().flatMap(sender -> sender.ongoingCampaigns().stream()).toList();
        senders.get(0).moderate(new Actor(admin.get().accountId(), Role.ADMIN), ongoing);
    }

    private void awaitReadModels(DemoProgress progress) {
        ReadModelCatchUp readModels = host.readModels();
        progress.start("events in the rebuilt read models (store position)", readModels.head());
        while (!readModels.done()) {
            if (readModels.failing() != null) {
                log.warn("Demo data: read model {} is in error ({}); not waiting for it", readModels.failing(),
                        readModels.error());
                return;
            }
            progress.reached(readModels.position());
            sleep(Duration.ofMillis(200));
            readModels = host.readModels();
        }
        progress.reached(readModels.position());
        progress.finish();
    }

    private static void inParallel(List<DemoSender> senders, BiConsumer<DemoSender, Integer> work) {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(senders.size(),
                task -> new Thread(task, "demo-data-" + threads.incrementAndGet()));
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int slice = 0; slice < senders.size(); slice++) {
                int mine = slice;
                running.add(pool.submit(() -> work.accept(senders.get(mine), mine)));
            }
            for (Future<?> sender : running) {
                sender.get();
            }
        } catch (ExecutionException failed) {
            throw new IllegalStateException("Demo data generation failed: " + failed.getCause().getMessage(),
                    failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Demo data generation was interrupted", interrupted);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Demo data generation was interrupted", interrupted);
        }
    }

    private static String runToken() {
        SecureRandom random = new SecureRandom();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            token.append(TOKEN_ALPHABET.charAt(random.nextInt(TOKEN_ALPHABET.length())));
        }
        return token.toString();
    }
}
