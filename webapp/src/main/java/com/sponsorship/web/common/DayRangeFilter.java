package com.sponsorship.web.common;

import com.sponsorship.api.validation.SupportedDate;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The "from" and "to" UTC days (both included) of a list's filters, bound from query parameters: a
 * malformed day is a binding error of its field (worded in messages.properties), a range that ends
 * before it starts is reported on {@code to} by {@link #checkDateRange}.
 */
public class DayRangeFilter {

    static final String RANGE_REVERSED = "Choose a day on or after the from date";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @SupportedDate
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @SupportedDate
    private LocalDate to;

    public void checkDateRange(Errors errors) {
        if (from != null && to != null && to.isBefore(from)) {
            errors.rejectValue("to", "rangeReversed", RANGE_REVERSED);
        }
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
