package com.sponsorship.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.axonframework.eventhandling.GenericEventMessage;

/**
 * Axon stamps each event with {@code GenericEventMessage.clock.instant()} on the thread that
 * applies it, and the local command bus handles a command on the thread that sends it. Installed
 * in that static field while demo data is generated, this clock answers the simulated moment a
 * sender thread has set, and the real time on every other thread (web requests, event processors,
 * deadlines), so only the generator's events are dated in the past. Closing it puts the previous
 * clock back.
 */
final class SimulatedClock extends Clock implements AutoCloseable {

    private final Clock real;
    private final ThreadLocal<Instant> simulated;

    private SimulatedClock(Clock real, ThreadLocal<Instant> simulated) {
        this.real = real;
        this.simulated = simulated;
    }

    static SimulatedClock install() {
        SimulatedClock clock = new SimulatedClock(GenericEventMessage.clock, new ThreadLocal<>());
        GenericEventMessage.clock = clock;
        return clock;
    }

    /** Events applied by this thread from now on happen at {@code moment}. */
    void setNow(Instant moment) {
        simulated.set(moment);
    }

    /** Back to the real time for this thread. */
    void clearNow() {
        simulated.remove();
    }

    @Override
    public Instant instant() {
        Instant moment = simulated.get();
        return moment != null ? moment : real.instant();
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new SimulatedClock(real.withZone(zone), simulated);
    }

    @Override
    public void close() {
        GenericEventMessage.clock = real;
    }
}
