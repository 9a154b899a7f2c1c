package com.sponsorship.web.projections;

/**
 * One processing group as an admin sees it: how far it has read ({@code position}) against the
 * newest event ({@code head}), and, while rebuilding, how far it is towards the position it was
 * reset at ({@code progressPercent}); {@code deadLetters} counts the events it could not handle,
 * parked until an admin retries them.
 */
public record ProjectionStatus(String name, boolean rebuildable, long position, long head, long behind,
                               boolean replaying, boolean caughtUp, int progressPercent, long deadLetters,
                               String error) {

    /** Caught up and at the head of the event store: its read model shows every stored event. */
    public boolean current() {
        return caughtUp && behind == 0;
    }
}
