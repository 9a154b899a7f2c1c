package com.sponsorship.web.common;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * How pages show moments: in UTC (as the as-of picker takes them), to the second, whatever the
 * server's own time zone. Templates call it as {@code @times}.
 */
@Component("times")
public class Times {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter PICKED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    public String shown(Instant moment) {
        return SHOWN.format(moment);
    }

    /**
     * The as-of value that includes everything up to {@code moment}: rounded up to the millisecond
     * a date-time input holds, so the step at that moment is part of the state shown.
     */
    public String asOf(Instant moment) {
        Instant millis = moment.truncatedTo(ChronoUnit.MILLIS);
        return PICKED.format(millis.isBefore(moment) ? millis.plusMillis(1) : millis);
    }
}
