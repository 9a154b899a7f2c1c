package com.sponsorship.command.chain;

/**
 * What "Verify the record" found, as every instance answers it ({@code GET
 * /api/v1/admin/audit/verification}): IDLE before any run (or after one was interrupted: {@code detail}
 * says so), RUNNING with its progress, INTACT up to {@code checkedUpTo} (= {@code head}, the highest
 * chained position when it started), or BROKEN at {@code brokenAt} with {@code detail} saying what
 * differs. {@code lastSignedCheckpoint}: the newest checkpoint verified, null while none is.
 */
public record RecordVerificationStatus(State state, long checkedUpTo, long head, Long brokenAt, String detail,
                                       SignedCheckpoint lastSignedCheckpoint) {

    public enum State {
        IDLE, RUNNING, INTACT, BROKEN
    }

    /** A verified checkpoint: the position it was signed at, and when, as signed (ISO-8601). */
    public record SignedCheckpoint(long position, String at) {
    }

    static final RecordVerificationStatus NEVER_RUN = new RecordVerificationStatus(State.IDLE, 0, 0, null, null, null);

    /** Progress in whole percent, 100 once nothing is left to check. */
    public int percent() {
        return head <= 0 || state == State.INTACT ? 100 : (int) Math.min(100, checkedUpTo * 100 / head);
    }
}
