package com.sponsorship.web.audit;

import com.sponsorship.api.negotiation.NegotiationHistory;
import com.sponsorship.api.negotiation.NegotiationStep;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A negotiation's history as CSV (RFC 4180): one line per step, oldest first. */
public final class HistoryCsv {

    private static final String HEADER = "sequence,at,actor_id,actor_role,action,amount,message,status_after";

    private HistoryCsv() {
    }

    public static String of(NegotiationHistory history) {
        return Stream.concat(Stream.of(HEADER), history.steps().stream().map(HistoryCsv::line))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static String line(NegotiationStep step) {
        return Stream.of(String.valueOf(step.sequence()), step.at().toString(), step.actorId(),
                        step.actorRole().name(), step.action(),
                        step.amount() == null ? "" : step.amount().toPlainString(),
                        step.message() == null ? "" : step.message(), step.statusAfter().name())
                .map(HistoryCsv::field)
                .collect(Collectors.joining(","));
    }

    /**
     * Quotes a field when it holds a comma, quote or line break; a leading =, +, -, @, tab or carriage
     * return is defused for spreadsheets, which read any of them as the start of a formula.
     */
    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
