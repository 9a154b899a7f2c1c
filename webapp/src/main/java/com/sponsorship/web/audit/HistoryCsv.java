package com.sponsorship.web.audit;

import com.sponsorship.api.negotiation.NegotiationHistory;
import com.sponsorship.api.negotiation.NegotiationStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * A negotiation's history as CSV (RFC 4180, written by Commons CSV): one line per step, oldest first.
 * A field is quoted when it holds a comma, quote or line break (Commons CSV's minimal quoting, which
 * also quotes one that starts with a character up to {@code #} or ends with white space); a leading
 * =, +, -, @, tab or carriage return is defused for spreadsheets, which read any of them as the
 * start of a formula.
 */
public final class HistoryCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).get();
    private static final String[] HEADER =
            {"sequence", "at", "actor_id", "actor_role", "action", "amount", "message", "status_after"};

    private HistoryCsv() {
    }

    public static String of(NegotiationHistory history) {
        return write(printer -> {
            printer.printRecord((Object[]) HEADER);
            for (NegotiationStep step : history.steps()) {
                printer.printRecord(line(step));
            }
        });
    }

    private static Stream<String> line(NegotiationStep step) {
        return Stream.of(String.valueOf(step.sequence()), step.at().toString(), step.actorId(),
                        step.actorRole().name(), step.action(),
                        step.amount() == null ? "" : step.amount().toPlainString(),
                        step.message() == null ? "" : step.message(), step.statusAfter().name())
                .map(HistoryCsv::defused);
    }

    /** Any table in the same format and with the same formula guard: a header line, then one line per row. */
    public static String table(List<String> header, List<List<String>> rows) {
        return write(printer -> {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(HistoryCsv::defused));
            }
        });
    }

    /** One field, defused and quoted as at the start of a line (where an empty field is written {@code ""}). */
    static String field(String value) {
        return write(printer -> printer.print(defused(value)));
    }

    private static String defused(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private interface Printing {
        void to(CSVPrinter printer) throws IOException;
    }

    private static String write(Printing printing) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printing.to(printer);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }
}
