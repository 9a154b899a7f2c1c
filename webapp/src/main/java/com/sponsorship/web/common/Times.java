package com.sponsorship.web.common;

import java.time.Duration;
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

    /** How long until {@code moment}, in its two largest units: "6 days 23 hours", "5 minutes", "less than a minute". */
    public String remaining(Instant moment) {
        return remaining(Duration.between(Instant.now(), moment));
    }

    static String remaining(Duration left) {
        long minutes = Math.max(0, left.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        if (days > 0) {
            return hours == 0 ? unit(days, "day") : unit(days, "day") + " " + unit(hours, "hour");
        }
        if (hours > 0) {
            return mins == 0 ? unit(hours, "hour") : unit(hours, "hour") + " " + unit(mins, "minute");
        }
        return mins > 0 ? unit(mins, "minute") : "less than a minute";
    }

    private static String unit(long count, String name) {
        return count + " " + name + (count == 1 ? "" : "s");
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
