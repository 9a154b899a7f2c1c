package com.sponsorship.query.runtime;

/** The database refused a projection's rows for this event; it waits in the dead-letter queue. */
public class UnstorableEventException extends RuntimeException {

    UnstorableEventException(String reason) {
        super("The read model could not store this event: " + reason);
    }
}
