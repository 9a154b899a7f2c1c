package com.sponsorship.query.runtime;

import com.sponsorship.api.common.DomainRuleException;
import com.sponsorship.api.common.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds read models from the event store without ever showing users less than they had.
 * <p>
 * A rebuild fills copies of the read model's tables in a schema of its own ({@code rebuild_<name>})
 * with a processor of its own, while the read model keeps serving and following new events. When
 * the copy has caught up, the read model's processor is fenced on every instance (its token rows
 * are claimed for the switch, so any instance's next batch fails to store its token and is rolled
 * back), the copy catches up with the last events, and one transaction replaces the read model's
 * rows with the copy's, its dead letters with the copy's, and its tokens with the copy's position.
 * The processors then claim their segments again and go on from there. A rebuild that fails, or
 * whose copy parked an event the read model handled, is dropped and the read model stays as it was,
 * with the reason shown. Rebuild state lives in the database (projection_rebuild), so every
 * instance shows it and one rebuild of a read model runs at a time across instances.
 */
@Component
public class ProjectionRebuilds implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration FENCE = Duration.ofMinutes(2);
    private static final Duration LONGEST_ERROR = Duration.ofSeconds(20);
    private static final Duration ANALYZE_EVERY = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 100;
    private static final String LAPSED =
            "The rebuild stopped with the instance running it. The read model was kept as it was.";

    private final EventProcessingConfiguration processing;
    private final Configuration axon;
    private final ApplicationContext beans;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final TransactionManager axonTransactions;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ProjectionTokens tokens;
    private final ProjectionProcessing settings;
    private final String node = "rebuilds@" + UUID.randomUUID();
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    ProjectionRebuilds(EventProcessingConfiguration processing, Configuration axon, ApplicationContext beans,
                       EventStore eventStore, TokenStore tokenStore, TransactionManager axonTransactions,
                       JdbcTemplate jdbc, PlatformTransactionManager transactions, ProjectionTokens tokens,
                       ProjectionProcessing settings) {
        this.processing = processing;
        this.axon = axon;
        this.beans = beans;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.axonTransactions = axonTransactions;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.tokens = tokens;
        this.settings = settings;
    }

    private record RebuildRow(boolean running, long target, String problem) {
    }

    /** Every event processor of this application, read models and policies, as the shared store records them. */
    public List<ProjectionStatus> statuses() {
        long head = tokens.head();
        List<String> names = new ArrayList<>(processors().stream().map(StreamingEventProcessor::getName).toList());
        ReadModel.ALL.stream().map(ReadModel::name).filter(name -> !names.contains(name)).forEach(names::add);
        List<String> tokenNames = new ArrayList<>(names);
        ReadModel.ALL.forEach(model -> tokenNames.add(model.rebuildProcessor()));
        Map<String, Map<Integer, TrackingToken>> positions = tokens.tokens(tokenNames);
        Map<String, RebuildRow> rebuilds = rebuildRows();
        Map<String, Letters> letters = deadLetters();
        return names.stream().map(name -> {
            long position = ProjectionTokens.position(positions.get(name));
            Optional<ReadModel> model = ReadModel.named(name);
            RebuildRow rebuild = rebuilds.getOrDefault(name, new RebuildRow(false, 0, null));
            int progress = 100;
            if (rebuild.running()) {
                long rebuilt = ProjectionTokens.position(positions.get(model.orElseThrow().rebuildProcessor()));
                progress = rebuild.target() <= 0 ? 0
                        : (int) Math.max(0, Math.min(99, rebuilt * 100 / rebuild.target()));
            }
            Letters parked = letters.getOrDefault(name, new Letters(0, null));
            return new ProjectionStatus(name, model.isPresent(), position, head, Math.max(0, head - position),
                    rebuild.running(), position >= head, progress, parked.count(), parked.firstCause(),
                    localError(name), rebuild.problem());
        }).sorted(Comparator.comparing(ProjectionStatus::name)).toList();
    }

    /** Whether a rebuild of any read model is running, on any instance. */
    public boolean isRebuilding() {
        return rebuildRows().values().stream().anyMatch(RebuildRow::running);
    }

    /** Starts rebuilding the given read models; refused while any of them is being rebuilt. */
    public void rebuild(List<ReadModel> models) {
        long target = tokens.head();
        List<ReadModel> claimed = new ArrayList<>();
        for (ReadModel model : models) {
            if (!claim(model, target)) {
                claimed.forEach(this::release);
                throw new DomainRuleException(Refusal.REBUILD_RUNNING, "A rebuild is already running; wait until it finishes");
            }
            claimed.add(model);
        }
        claimed.forEach(model -> workers.submit(() -> new Rebuild(model).run()));
    }

    /**
     * Handles the read model's dead letters again, a sequence at a time, in order; a letter that
     * fails again stays queued. Works on any instance, whichever holds the processor's segments.
     * Returns how many letters are still queued.
     */
    public long retryDeadLetters(ReadModel model) {
        SequencedDeadLetterProcessor<EventMessage<?>> letters = processing.sequencedDeadLetterProcessor(model.name())
                .orElseThrow();
        long sequences = processing.deadLetterQueue(model.name()).map(SequencedDeadLetterQueue::amountOfSequences)
                .orElse(0L);
        for (long attempt = 0; attempt < sequences; attempt++) {
            try {
                if (!letters.processAny()) {
                    break;
                }
            } catch (RuntimeException failedAgain) {
                log.warn("A dead letter of {} failed again: {}", model.name(), CarefulBatches.describe(failedAgain));
            }
        }
        return deadLetters().getOrDefault(model.name(), new Letters(0, null)).count();
    }

    /**
     * Stops this instance's read-model processors until their next rebuild: the demo data
     * generator writes events dated in the past, which the event store's gap detection cannot order.
     */
    public void stopLive() {
        ReadModel.ALL.forEach(model -> live(model).ifPresent(StreamingEventProcessor::shutDown));
    }

    private List<StreamingEventProcessor> processors() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }

    private Optional<StreamingEventProcessor> live(ReadModel model) {
        return processing.eventProcessor(model.name(), StreamingEventProcessor.class);
    }

    private String localError(String name) {
        return processors().stream().filter(processor -> processor.getName().equals(name))
                .flatMap(processor -> processor.processingStatus().values().stream())
                .filter(EventTrackerStatus::isErrorState)
                .map(status -> status.getError() == null ? "error" : CarefulBatches.describe(status.getError()))
                .findFirst().orElse(null);
    }

    private Map<String, RebuildRow> rebuildRows() {
        Map<String, RebuildRow> rows = new HashMap<>();
        jdbc.query("select projection, finished_at is null and heartbeat > now() - make_interval(secs => ?),"
                + " target, case when finished_at is null and heartbeat <= now() - make_interval(secs => ?)"
                + " then ? else problem end from projection_rebuild", row -> {
                    rows.put(row.getString(1), new RebuildRow(row.getBoolean(2), row.getLong(3), row.getString(4)));
                }, LEASE.toSeconds(), LEASE.toSeconds(), LAPSED);
        return rows;
    }

    private record Letters(long count, String firstCause) {
    }

    /** Per processing group: how many letters wait, and why the oldest one failed. */
    private Map<String, Letters> deadLetters() {
        Map<String, Letters> letters = new HashMap<>();
        jdbc.query("""
                select processing_group, count(*),
                       (array_agg(coalesce(cause_message, cause_type) order by enqueued_at, sequence_index))[1]
                from dead_letter_entry group by processing_group""",
                row -> {
                    letters.put(row.getString(1), new Letters(row.getLong(2), row.getString(3)));
                });
        return letters;
    }

    /** Takes the read model's rebuild for this instance unless one is running (a lapsed one is taken over). */
    private boolean claim(ReadModel model, long target) {
        return jdbc.update("""
                insert into projection_rebuild (projection, owner, started_at, heartbeat, target)
                values (?, ?, now(), now(), ?)
                on conflict (projection) do update
                    set owner = excluded.owner, started_at = now(), heartbeat = now(), target = excluded.target,
                        finished_at = null, problem = null
                    where projection_rebuild.finished_at is not null
                       or projection_rebuild.heartbeat <= now() - make_interval(secs => ?)""",
                model.name(), node, target, LEASE.toSeconds()) == 1;
    }

    private void release(ReadModel model) {
        finish(model, "Not started: another read model was being rebuilt");
    }

    private void finish(ReadModel model, String problem) {
        jdbc.update("update projection_rebuild set finished_at = now(), problem = ? where projection = ? and owner = ?",
                problem, model.name(), node);
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }

    /** One read model's rebuild, run on a worker thread. */
    private final class Rebuild {

        private final ReadModel model;
        private final String fence = "rebuild-switch@" + UUID.randomUUID();
        private TrackingEventProcessor copy;
        private boolean fenced;

        Rebuild(ReadModel model) {
            this.model = model;
        }

        void run() {
            log.info("Rebuilding {} into {}", model.name(), model.rebuildSchema());
            try {
                String searchPath = jdbc.queryForObject("show search_path", String.class);
                String schema = jdbc.queryForObject("select current_schema()", String.class);
                prepareCopy(schema);
                copy = copyProcessor(searchPath);
                copy.start();
                awaitCopyAtHead();
                requireNoNewDeadLetters();
                live(model).ifPresent(StreamingEventProcessor::shutDown);
                fenceLiveProcessor();
                awaitCopyAtHead();
                copy.shutDown();
                requireNoNewDeadLetters();
                switchOver(schema);
                finish(model, null);
                log.info("Rebuilt {}", model.name());
            } catch (Exception failed) {
                String problem = failed instanceof RebuildProblem ? failed.getMessage()
                        : "The rebuild failed: " + CarefulBatches.describe(failed);
                log.warn("Rebuild of {} abandoned, the read model is kept as it was: {}", model.name(), problem, failed);
                abandon();
                finish(model, problem + ". The read model was kept as it was.");
            } finally {
                live(model).filter(processor -> !processor.isRunning()).ifPresent(StreamingEventProcessor::start);
            }
        }

        private void prepareCopy(String schema) {
            transactions.executeWithoutResult(status -> {
                jdbc.execute("drop schema if exists " + model.rebuildSchema() + " cascade");
                jdbc.execute("create schema " + model.rebuildSchema());
                model.tables().forEach(table -> jdbc.execute("create table " + model.rebuildSchema() + "." + table
                        + " (like " + schema + "." + table + " including all)"));
                jdbc.update("delete from token_entry where processor_name = ?", model.rebuildProcessor());
                jdbc.update("delete from dead_letter_entry where processing_group = ?", model.rebuildProcessor());
            });
        }

        /** A processor of the read model's handlers whose transactions see the copy's tables first. */
        private TrackingEventProcessor copyProcessor(String searchPath) {
            TransactionManager intoCopy = CarefulBatches.watching(axonTransactions,
                    () -> jdbc.execute("set local search_path to " + model.rebuildSchema() + ", " + searchPath));
            DeadLetteringEventHandlerInvoker invoker = DeadLetteringEventHandlerInvoker.builder()
                    .eventHandlers(beans.getBean(model.projection()))
                    .parameterResolverFactory(axon.parameterResolverFactory())
                    .handlerDefinition(axon.handlerDefinition(model.projection()))
                    .queue(ProjectionProcessing.deadLetterQueue(axon, model.rebuildProcessor()))
                    .enqueuePolicy(ProjectionProcessing.DEAD_LETTER_POLICY)
                    .enableSequenceIdentifierCache()
                    .transactionManager(intoCopy)
                    .build();
            return TrackingEventProcessor.builder()
                    .name(model.rebuildProcessor())
                    .eventHandlerInvoker(invoker)
                    .messageSource(eventStore)
                    .tokenStore(tokenStore)
                    .transactionManager(intoCopy)
                    .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration
                            .forSingleThreadedProcessing().andBatchSize(settings.batchSize())
                            .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                    .build();
        }

        /**
         * Waits until the copy has every event stored when the wait began, keeping the claims fresh.
         * The copy's tables start empty, without statistics: they are analyzed as they grow, or
         * PostgreSQL keeps planning the batches' row lookups for empty tables.
         */
        private void awaitCopyAtHead() throws InterruptedException {
            long head = tokens.head();
            Instant failingSince = null;
            Instant analyzed = Instant.now();
            while (ProjectionTokens.position(tokens.tokens(List.of(model.rebuildProcessor()))
                    .get(model.rebuildProcessor())) < head) {
                heartbeat();
                if (Duration.between(analyzed, Instant.now()).compareTo(ANALYZE_EVERY) > 0) {
                    model.tables().forEach(table -> jdbc.execute("analyze " + model.rebuildSchema() + "." + table));
                    analyzed = Instant.now();
                }
                Optional<EventTrackerStatus> error = copy.processingStatus().values().stream()
                        .filter(EventTrackerStatus::isErrorState).findFirst();
                if (error.isEmpty()) {
                    failingSince = null;
                } else if (failingSince == null) {
                    failingSince = Instant.now();
                } else if (Duration.between(failingSince, Instant.now()).compareTo(LONGEST_ERROR) > 0) {
                    throw new RebuildProblem("The rebuilt copy kept failing: "
                            + CarefulBatches.describe(error.get().getError()));
                }
                Thread.sleep(POLL_MILLIS);
            }
        }

        private void heartbeat() {
            if (jdbc.update("update projection_rebuild set heartbeat = now() where projection = ? and owner = ?"
                    + " and finished_at is null", model.name(), node) == 0) {
                throw new RebuildProblem("The rebuild lapsed and was taken over");
            }
            if (fenced) {
                fenceLiveProcessor();
            }
        }

        /** The copy may park only events the read model parked too: otherwise users would lose rows. */
        private void requireNoNewDeadLetters() {
            List<String> lost = jdbc.query("""
                    select 'event ' || sequence_identifier || ' #' || sequence_index || ' (' || payload_type || '): '
                           || coalesce(cause_message, cause_type, 'no cause recorded')
                    from dead_letter_entry copy
                    where processing_group = ?
                      and not exists (select 1 from dead_letter_entry kept
                                      where kept.processing_group = ? and kept.event_identifier = copy.event_identifier)
                    order by sequence_identifier, sequence_index limit 1""",
                    (row, n) -> row.getString(1), model.rebuildProcessor(), model.name());
            if (!lost.isEmpty()) {
                throw new RebuildProblem("The rebuilt copy could not handle an event the read model has: " + lost.get(0));
            }
        }

        /** Claims the read model's token rows for the switch, so that no instance's batch can commit. */
        private void fenceLiveProcessor() {
            jdbc.update("update token_entry set owner = ?, timestamp = ? where processor_name = ?",
                    fence, DateTimeUtils.formatInstant(Instant.now().plus(FENCE)), model.name());
            fenced = true;
        }

        private void switchOver(String schema) {
            transactions.executeWithoutResult(status -> {
                for (String table : model.tables()) {
                    jdbc.update("delete from " + schema + "." + table);
                    jdbc.update("insert into " + schema + "." + table + " select * from " + model.rebuildSchema()
                            + "." + table);
                }
                jdbc.update("delete from dead_letter_entry where processing_group = ?", model.name());
                jdbc.update("update dead_letter_entry set processing_group = ? where processing_group = ?",
                        model.name(), model.rebuildProcessor());
                Map<String, Object> position = jdbc.queryForMap("select token_type, token from token_entry"
                        + " where processor_name = ? and segment = 0", model.rebuildProcessor());
                jdbc.update("delete from token_entry where processor_name = ?", model.name());
                for (int segment = 0; segment < settings.segments(); segment++) {
                    jdbc.update("insert into token_entry (processor_name, segment, owner, timestamp, token_type, token)"
                                    + " values (?, ?, null, ?, ?, ?)", model.name(), segment,
                            DateTimeUtils.formatInstant(Instant.now()), position.get("token_type"), position.get("token"));
                }
                jdbc.update("delete from token_entry where processor_name = ?", model.rebuildProcessor());
                jdbc.execute("drop schema " + model.rebuildSchema() + " cascade");
            });
            fenced = false;
            model.tables().forEach(table -> jdbc.execute("analyze " + schema + "." + table));
        }

        /** Drops the copy and lets the read model's processors go on from where they were. */
        private void abandon() {
            try {
                if (copy != null) {
                    copy.shutDown();
                }
                transactions.executeWithoutResult(status -> {
                    jdbc.update("update token_entry set owner = null where processor_name = ? and owner = ?",
                            model.name(), fence);
                    jdbc.update("delete from token_entry where processor_name = ?", model.rebuildProcessor());
                    jdbc.update("delete from dead_letter_entry where processing_group = ?", model.rebuildProcessor());
                    jdbc.execute("drop schema if exists " + model.rebuildSchema() + " cascade");
                });
            } catch (RuntimeException cleanup) {
                log.warn("Could not clean up the abandoned rebuild of {}", model.name(), cleanup);
            }
        }
    }

    /** Why a rebuild was abandoned, in words for the admin. */
    private static final class RebuildProblem extends RuntimeException {

        RebuildProblem(String message) {
            super(message);
        }
    }
}
