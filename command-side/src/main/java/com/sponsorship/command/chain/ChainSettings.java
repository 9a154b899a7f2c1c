package com.sponsorship.command.chain;

import java.time.Duration;

/**
 * How the chainer follows the store ({@code platform.record.*}).
 *
 * @param batch             the most events chained in one transaction
 * @param gapWait           how long an empty position of the global index may hold the chain back
 * @param lateWindow        how long after that an event committed into it is still chained
 * @param checkpointEvery   a checkpoint is signed at every link that is a multiple of this
 * @param checkpointAtLeast and at the head whenever the newest checkpoint is older than this
 */
public record ChainSettings(int batch, Duration gapWait, Duration lateWindow, long checkpointEvery,
        Duration checkpointAtLeast) {

    public ChainSettings {
        if (batch < 1 || checkpointEvery < 1) {
            throw new IllegalArgumentException("platform.record.batch and checkpoint-every must be at least 1");
        }
    }
}
