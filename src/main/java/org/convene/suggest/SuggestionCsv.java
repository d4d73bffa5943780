package org.convene.suggest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** An invite list as CSV for a spreadsheet: one row per suggestion, its reasons joined by "; ",
 * handles without their @ (a leading @ starts a formula in some spreadsheets). The id is the platform's; it is
 * empty for an account known by handle only, whose key is '@' + handle (the handle column already says it). */
public final class SuggestionCsv {

    static final String[] HEADER = {"rank", "handle", "name", "bio", "platform", "id", "role", "score", "status",
            "stopped", "reasons", "could introduce", "profile"};

    private SuggestionCsv() {}

    public static void write(List<Suggestion> suggestions, Writer out) {
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
            for (Suggestion s : suggestions) {
                csv.printRecord(s.rank(), text(s.handle()), text(s.name()), text(s.bio()), s.platform(), s.id().startsWith("@") ? "" : text(s.id()), s.role(),
                        String.format(Locale.ROOT, "%.3f", s.score()), s.invitation() == null ? "" : s.invitation(),
                        s.stopped(), text(String.join("; ", s.reasons())),
                        text(String.join(", ", s.introducers().stream().map(h -> h.replaceFirst("^@", "")).toList())),
                        s.profile() == null ? "" : s.profile());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names come from profiles: a leading =, +, - or @ would make a spreadsheet run it as a formula. */
    static String text(String value) {
        if (value == null) return "";
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
