package com.sponsorship.demo;

/**
 * What the generator needs of the application it runs in, beyond the command and query gateways:
 * holding back what must not run while events are written dated in the past, and read models
 * rebuilt from the complete history afterwards. The web application provides it.
 */
public interface DemoDataHost {

    /** Before a run: stops the read models' live processors (on this instance), then pauses the deadline scheduler. */
    void holdBackLiveProcessing();

    /** After a run: resumes the deadline scheduler, then starts a rebuild of every read model. */
    void resumeAndRebuildReadModels();

    /** How far the read models are towards the head of the event store. */
    ReadModelCatchUp readModels();

    /**
     * The read models together: the newest event ({@code head}, the highest of them), how far the
     * slowest has read ({@code position}), whether all are rebuilt and current ({@code done}), and
     * the first read model in error ({@code failing}, with its {@code error}), or {@code null}.
     */
    record ReadModelCatchUp(long head, long position, boolean done, String failing, String error) {
    }
}
