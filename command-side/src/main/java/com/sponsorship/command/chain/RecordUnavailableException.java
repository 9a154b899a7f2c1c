package com.sponsorship.command.chain;

/** The record cannot answer right now (its last events not chained yet, or this instance may not sign); the message says what to do. */
public class RecordUnavailableException extends RuntimeException {

    public RecordUnavailableException(String message) {
        super(message);
    }
}
