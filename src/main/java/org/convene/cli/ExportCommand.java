package org.convene.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.convene.export.ExportFormat;
import org.convene.export.ExportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the account graph with its analysis results for Gephi (gexf), NodeXL and igraph "
                + "(graphml), or R and Python (csv: accounts.csv and interactions.csv in a directory).")
class ExportCommand extends GraphCommand {

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "gexf, graphml or csv.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "The file to write (gexf, graphml) or the directory (csv).")
    Path out;

    @Option(names = "--pseudonymise", description = "Replace account ids and handles with salted hashes and leave out "
            + "names, bios and cluster labels (no post text is exported in any case).")
    boolean pseudonymise;

    @Option(names = "--salt", paramLabel = "TEXT",
            description = "Salt for --pseudonymise, at least 16 characters with 8 different, to get the same pseudonyms in several "
                    + "exports (default: random).")
    String salt;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ExportFormat chosen = Usage.parse(spec, () -> ExportFormat.parse(format));
        Usage.parse(spec, () -> {
            org.convene.export.Pseudonymiser.checkSalt(salt);
            return salt;
        });
        ExportService.Summary summary;
        try (var context = context()) {
            summary = context.getBean(ExportService.class).export(chosen, out, pseudonymise, salt);
        }
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("accounts", summary.accounts());
            r.put("interactions", summary.interactions());
            r.put("files", summary.files().stream().map(Path::toString).toList());
            r.put("pseudonymised", pseudonymise);
            r.put("unanalysed", summary.unanalysed());
            o.println(Output.json(r));
        } else {
            o.printf("Exported %,d accounts and %,d interactions%s to %s%n", summary.accounts(), summary.interactions(),
                    pseudonymise ? " (pseudonymised)" : "", String.join(", ", summary.files().stream().map(Path::toString).toList()));
        }
        o.flush();
        if (summary.unanalysed() > 0) {
            spec.commandLine().getErr().printf(Locale.UK, "convene: %s no community or scores yet (imported "
                    + "after the last analysis): run convene analyze, then export again%n",
                    summary.unanalysed() == 1 ? "1 account with interactions has"
                            : String.format(Locale.UK, "%,d accounts with interactions have", summary.unanalysed()));
            spec.commandLine().getErr().flush();
        }
        return ConveneCli.OK;
    }
}
