package org.convene.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The import report as CSV (file, line, reason), the same for the command line and the Import page. */
public final class RejectedCsv {

    private RejectedCsv() {}

    public static void write(List<Rejected> rejected, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("file", "line", "reason").get());
        for (Rejected r : rejected) csv.printRecord(r.file(), r.line(), r.reason());
        csv.flush();
    }

    public static String text(List<Rejected> rejected) {
        var out = new java.io.StringWriter();
        try {
            write(rejected, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
