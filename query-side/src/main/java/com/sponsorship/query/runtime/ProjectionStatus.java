package com.sponsorship.query.runtime;

/**
 * One event processor as an admin sees it, from the shared token store (the same on every
 * instance): how far it has read ({@code position}) against the newest event ({@code head}).
 * For a read model, {@code replaying} says a rebuild is running, {@code progressPercent} how far
 * the rebuilt copy is towards the head it started at, and {@code rebuildProblem} why the last
 * rebuild was abandoned (the read model was kept as it was). {@code deadLetters} counts the
 * events it could not handle, parked until an admin retries them, {@code deadLetterCause} says why
 * the oldest of them failed; {@code error} is this instance's processor error, if any.
 */
public record ProjectionStatus(String name, boolean rebuildable, long position, long head, long behind,
                               boolean replaying, boolean caughtUp, int progressPercent, long deadLetters,
                               String deadLetterCause, String error, String rebuildProblem) {

    /** Caught up and at the head of the event store: its read model shows every stored event. */
    public boolean current() {
        return caughtUp && behind == 0;
    }
}
