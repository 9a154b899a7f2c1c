package com.sponsorship.query.runtime;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Writes a projection keeps in memory during a batch of events and sends when the batch prepares
 * to commit. A careful batch (see {@link CarefulBatches}) sends them after each event instead, so
 * that a refused write is the error of the event that caused it.
 */
public final class DeferredWrites {

    private static final String KEY = DeferredWrites.class.getName();

    private DeferredWrites() {
    }

    /** Sends {@code write} before the current unit of work commits (or earlier, in a careful batch). */
    public static void register(Runnable write) {
        CurrentUnitOfWork.get().onPrepareCommit(unitOfWork -> write.run());
        CurrentUnitOfWork.get().<List<Runnable>>getOrComputeResource(KEY, key -> new ArrayList<>()).add(write);
    }

    static void sendNow() {
        if (CurrentUnitOfWork.isStarted()) {
            List<Runnable> writes = CurrentUnitOfWork.get().getResource(KEY);
            if (writes != null) {
                writes.forEach(Runnable::run);
            }
        }
    }
}
