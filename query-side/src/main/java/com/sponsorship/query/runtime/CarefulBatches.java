package com.sponsorship.query.runtime;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * How a projection survives an event whose rows the database refuses when they are flushed or
 * committed, after its handler returned (where the dead-letter queue cannot see the failure).
 * <p>
 * A batch of events is written at commit. When that fails, the batch is rolled back and the
 * processor retries it; this processor thread is then <em>careful</em>: its next batch flushes
 * after each event, inside the handler, so a refused write is an error of that event. PostgreSQL
 * aborts the transaction on the first error, so that batch fails too, but the event is now known:
 * on the next attempt it goes straight to the dead-letter queue without being written, and the
 * rest of the batch is handled. A batch that commits ends the careful mode. Errors that say
 * nothing about the event (connection lost, deadlock, shutdown) never mark it: the batch is simply
 * retried.
 * <p>
 * State is per thread: a tracking processor handles a segment's batches on one thread.
 */
public final class CarefulBatches {

    private static final Set<String> TRANSIENT_SQL_STATE_CLASSES = Set.of("08", "40", "53", "55", "57", "58", "XX");
    private static final ThreadLocal<State> STATE = ThreadLocal.withInitial(State::new);

    private static final class State {
        boolean careful;
        boolean handledEvents;
        final Map<String, String> refused = new HashMap<>();
    }

    private CarefulBatches() {
    }

    /** Whether this thread's current batch flushes after each event. */
    static boolean careful() {
        return STATE.get().careful;
    }

    /** Why the database refused this event's rows in an earlier attempt, or null. */
    static String refusal(String eventIdentifier) {
        return STATE.get().refused.get(eventIdentifier);
    }

    static void handled() {
        STATE.get().handledEvents = true;
    }

    /** Remembers that the database refused this event's rows, unless the error was not about the event. */
    static void refused(String eventIdentifier, Exception error) {
        if (!isTransient(error)) {
            STATE.get().refused.put(eventIdentifier, describe(error));
        }
    }

    /** Wraps a processor's transaction manager so that a failed batch makes the next one careful. */
    public static TransactionManager watching(TransactionManager delegate, Runnable afterStart) {
        return () -> {
            Transaction transaction = delegate.startTransaction();
            STATE.get().handledEvents = false;
            try {
                afterStart.run();
            } catch (RuntimeException failed) {
                transaction.rollback();
                throw failed;
            }
            return new Transaction() {
                @Override
                public void commit() {
                    try {
                        transaction.commit();
                    } catch (RuntimeException failed) {
                        STATE.get().careful = true;
                        throw failed;
                    }
                    State state = STATE.get();
                    if (state.handledEvents) {
                        state.careful = false;
                        state.refused.clear();
                    }
                }

                @Override
                public void rollback() {
                    STATE.get().careful = true;
                    transaction.rollback();
                }
            };
        };
    }

    /** Errors that say nothing about the data: a lost connection, a deadlock, a shutdown, lack of resources. */
    static boolean isTransient(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2) {
                return TRANSIENT_SQL_STATE_CLASSES.contains(sql.getSQLState().substring(0, 2));
            }
        }
        return false;
    }

    /** The deepest message (the database's own words), in at most 500 printable characters. */
    static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String printable = message.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]|[\\p{Cs}]", "?");
        return printable.length() > 500 ? printable.substring(0, 500) : printable;
    }
}
